import { z } from 'zod';

/**
 * zod schemas for every version of the learner record (the shape and its lifecycle are
 * documented in record.ts). Each schema comes in two modes:
 *
 * - `stored`: what this browser saved. Lenient item by item: one damaged item is dropped and
 *   the rest kept, and fields that guard a learner's own text fall back rather than throw the
 *   text away.
 * - `import`: a file the learner chose. Strict: anything out of shape is reported with its path,
 *   and nothing is silently dropped.
 */
export type SchemaMode = 'stored' | 'import';

/** Object keys that could reach an object's prototype if a record were copied carelessly. */
export const forbiddenKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Milliseconds since 1970, within the range a JavaScript Date can hold. */
export const timestampSchema = z.number().int().min(0).max(8_640_000_000_000_000);

/** A key in one of the record's maps (a page key, run id or entry id). */
export const itemKeySchema = z
  .string()
  .min(1)
  .max(500)
  .refine((key) => !forbiddenKeys.includes(key), { message: 'is a name the course never uses for saved work' });

/** Any JSON value; scenario snapshots are stored as opaque JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonSchema = z.custom<JsonValue>((value) => value !== undefined, { message: 'Required' });

/**
 * A map of items. Stored: items that fail their schema are dropped one by one. Import: the
 * whole file is rejected with the failing item's path.
 */
function itemMap<T extends z.ZodTypeAny>(
  item: T,
  mode: SchemaMode,
): z.ZodType<Record<string, z.output<T>>, z.ZodTypeDef, unknown> {
  if (mode === 'import') return z.record(itemKeySchema, item).default({});
  return z.unknown().transform((raw) => {
    const out: Record<string, z.output<T>> = {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
    for (const [key, value] of Object.entries(raw)) {
      if (!itemKeySchema.safeParse(key).success) continue;
      const parsed = item.safeParse(value);
      if (parsed.success) out[key] = parsed.data;
    }
    return out;
  });
}

/** Stored mode: a bad value falls back instead of costing the learner the item around it. */
function soft<T extends z.ZodTypeAny>(schema: T, fallback: z.output<T>, mode: SchemaMode) {
  return mode === 'stored' ? schema.catch(fallback) : schema;
}

// ——— Shared items (version 1 and version 2) ———

/** The six parts of an activity system, in the order the tool asks about them. */
export const activityNodes = ['subject', 'object', 'tools', 'rules', 'community', 'division'] as const;
export type ActivityNode = (typeof activityNodes)[number];
const activityNodeSchema = z.enum(activityNodes);

const contradictionSchema = z.object({
  from: activityNodeSchema,
  to: activityNodeSchema,
  note: z.string(),
});

function activitySchema<T extends z.ZodTypeAny>(mode: SchemaMode, timestamp: T) {
  const nodeText = soft(z.string(), '', mode);
  return z.object({
    /** What the learner wrote at each of the six parts. */
    nodes: z.object({
      subject: nodeText,
      object: nodeText,
      tools: nodeText,
      rules: nodeText,
      community: nodeText,
      division: nodeText,
    }),
    /** The tensions the learner marked between two parts. */
    contradictions:
      mode === 'import'
        ? z.array(contradictionSchema)
        : z
            .unknown()
            .transform((raw) => (Array.isArray(raw) ? raw.flatMap((c) => contradictionSchema.safeParse(c).data ?? []) : [])),
    updatedAt: timestamp,
  });
}

function checkSchema<T extends z.ZodTypeAny>(timestamp: T) {
  return z.object({
    /** Index of the answer chosen. */
    answer: z.number().int().min(0).max(99),
    correct: z.boolean(),
    updatedAt: timestamp,
  });
}

// ——— Version 1 ———

/** Version 1 wrote `updatedAt` with `typeof number` only; migration makes it a whole timestamp. */
const looseTimestamp = z.number().finite();

export function recordV1Schema(mode: SchemaMode) {
  return z.object({
    version: z.literal(1),
    reflections: itemMap(z.object({ text: z.string(), updatedAt: looseTimestamp }), mode),
    checks: itemMap(checkSchema(looseTimestamp), mode),
    activities: itemMap(activitySchema(mode, looseTimestamp), mode),
  });
}
export type LearnerRecordV1 = z.output<ReturnType<typeof recordV1Schema>>;

// ——— Version 2 ———

export function reflectionSchema() {
  return z.object({
    /** What the learner wrote, exactly as typed. */
    text: z.string(),
    /** The question they were answering, saved beside it because it lives only in the module's MDX. */
    prompt: z.string().optional(),
    updatedAt: timestampSchema,
  });
}

export function moduleProgressSchema() {
  return z.object({
    /** First and latest time the module page was opened. */
    firstVisitedAt: timestampSchema.nullable(),
    lastVisitedAt: timestampSchema.nullable(),
    /** When the learner marked it complete; null when not (or after an undo). */
    completedAt: timestampSchema.nullable(),
    /** When completion was last set or undone: decides between two tabs' copies. */
    completionChangedAt: timestampSchema,
    updatedAt: timestampSchema,
  });
}

/** Kinds of CPD activity; labels live in cpd.ts. */
export const cpdTypes = ['module', 'scenario', 'course', 'training', 'reading', 'supervision', 'peer-learning', 'other'] as const;
export type CpdType = (typeof cpdTypes)[number];

/** 'YYYY-MM-DD', a real calendar date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a real date');

export function cpdEntrySchema(mode: SchemaMode) {
  return z.object({
    id: itemKeySchema,
    deleted: z.literal(false).default(false),
    date: soft(isoDateSchema, '1970-01-01', mode),
    title: z.string(),
    type: soft(z.enum(cpdTypes), 'other', mode),
    /** CPD minutes claimed. */
    minutes: soft(z.number().int().min(0).max(100_000), 0, mode),
    /** The three parts professional bodies ask for. */
    did: z.string().default(''),
    learned: z.string().default(''),
    impact: z.string().default(''),
    /** Made by the learner, or automatically when a module or scenario was completed. */
    origin: z.enum(['manual', 'module', 'scenario']),
    /** The module or scenario id for automatic entries. */
    sourceId: z.string().nullable().default(null),
    /** Whether the learner has changed an automatic entry (undoing completion then keeps it). */
    edited: z.boolean().default(false),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  });
}

/** A deleted CPD entry: kept as a marker so another tab's older copy cannot bring it back. */
export function cpdTombstoneSchema() {
  return z.object({ id: itemKeySchema, deleted: z.literal(true), updatedAt: timestampSchema });
}

const choiceSchema = z.object({
  /** The scene the choice was made in. */
  sceneId: z.string().min(1),
  /** The option chosen. */
  optionId: z.string().min(1),
  at: timestampSchema,
});

export function scenarioRunSchema() {
  return z.object({
    runId: itemKeySchema,
    scenarioId: z.string().min(1),
    /** Hash of the compiled scenario the run was played against. */
    scenarioHash: z.string(),
    startedAt: timestampSchema,
    finishedAt: timestampSchema.nullable(),
    /** The choices on the path the learner ended up on, in order. */
    choices: z.array(choiceSchema),
    /** Each rewind: how many choices were kept and the ones taken back. */
    rewinds: z.array(z.object({ toChoice: z.number().int().min(0), at: timestampSchema, undone: z.array(choiceSchema) })),
    /** Per framework dimension, normalised 0–100 as the debrief shows them; null until finished. */
    scores: z.record(z.number().finite().min(0).max(100)).nullable(),
    /** The ending reached; null until finished. */
    ending: z.string().nullable(),
    /** Safeguarding errors flagged in the debrief; null until finished. */
    criticalErrors: z.number().int().min(0).nullable(),
    /** The player's latest persisted state for resuming mid-play; cleared when the run finishes. */
    snapshot: z
      .object({
        /** The player's own version of the snapshot shape; a mismatch means start again. */
        snapshotVersion: z.number().int().min(0),
        savedAt: timestampSchema,
        /** Opaque: whatever `actor.getPersistedSnapshot()` returned, as JSON. */
        data: jsonSchema,
      })
      .nullable(),
    updatedAt: timestampSchema,
  });
}

export function profileSchema() {
  return z.object({
    /** Shown on the printed record only; never leaves the browser. */
    displayName: z.string(),
    updatedAt: timestampSchema,
  });
}

export const RECORD_VERSION = 2;

export function recordV2Schema(mode: SchemaMode) {
  return z.object({
    version: z.literal(RECORD_VERSION),
    /** When the record was last emptied or replaced (0: never). Older copies elsewhere lose to it. */
    clearedAt: timestampSchema.default(0),
    profile: (mode === 'stored' ? profileSchema().nullable().catch(null) : profileSchema().nullable()).default(null),
    modules: itemMap(moduleProgressSchema(), mode),
    reflections: itemMap(reflectionSchema(), mode),
    checks: itemMap(checkSchema(timestampSchema), mode),
    activities: itemMap(activitySchema(mode, timestampSchema), mode),
    runs: itemMap(scenarioRunSchema(), mode),
    cpd: itemMap(z.union([cpdTombstoneSchema(), cpdEntrySchema(mode)]), mode),
  });
}

export type LearnerRecord = z.output<ReturnType<typeof recordV2Schema>>;
export type ReflectionItem = LearnerRecord['reflections'][string];
export type CheckItem = LearnerRecord['checks'][string];
export type ActivityItem = LearnerRecord['activities'][string];
export type Contradiction = ActivityItem['contradictions'][number];
export type ModuleProgress = LearnerRecord['modules'][string];
export type ScenarioRun = LearnerRecord['runs'][string];
export type RunChoice = ScenarioRun['choices'][number];
export type RunSnapshot = NonNullable<ScenarioRun['snapshot']>;
export type CpdItem = LearnerRecord['cpd'][string];
export type CpdEntry = Extract<CpdItem, { deleted: false }>;
export type Profile = NonNullable<LearnerRecord['profile']>;
