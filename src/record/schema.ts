import {
  array,
  atLeast,
  atMost,
  boolean,
  fallback,
  finite,
  isObject,
  literal,
  maxLength,
  minLength,
  nullable,
  number,
  object,
  oneOf,
  optional,
  pick,
  record,
  string,
  whole,
  withDefault,
  FAILED,
  at,
  type Check,
} from './validate';

/**
 * Schemas for every version of the learner record (the shape and its lifecycle are documented in
 * record.ts), built from the small checkers in validate.ts because this code ships to the browser
 * with every island. Each schema comes in two modes:
 *
 * - `stored`: what this browser saved. Lenient item by item: one damaged item is dropped and
 *   the rest kept, and fields that guard a learner's own text fall back rather than throw the
 *   text away.
 * - `import`: a file the learner chose. Strict: anything out of shape is reported with its path,
 *   and nothing is silently dropped.
 *
 * Fields a schema does not describe are left out of what it returns, not reported.
 */
export type SchemaMode = 'stored' | 'import';

/**
 * The most a record accepts: characters in one piece of the learner's writing (about 15,000
 * words), and items in one part of the record (a career's CPD log is a few thousand entries).
 * They keep a record small enough to store, open and print quickly. Typing past the first is
 * refused with a message; a file past either is refused on import, naming the field. Stored data
 * is never cut down to them: what a browser already holds is kept and shown.
 */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ITEMS = 5_000;

/** The most minutes one CPD entry may claim. */
export const MAX_CPD_MINUTES = 100_000;

/** Object keys that could reach an object's prototype if a record were copied carelessly. */
export const forbiddenKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Milliseconds since 1970, within the range a JavaScript Date can hold. */
export const timestampSchema = number(whole, atLeast(0), atMost(8_640_000_000_000_000));

/** A key in one of the record's maps (a page key, run id or entry id). */
export const itemKeySchema = string(minLength(1), maxLength(500), [
  (key) => !forbiddenKeys.includes(key),
  'is a name the course never uses for saved work',
]);

/** Any JSON value; scenario snapshots are stored as opaque JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonSchema: Check<JsonValue> = (value, path, issues) => {
  if (value !== undefined) return value as JsonValue;
  issues.push({ path: at(path), message: 'Required' });
  return FAILED;
};

/**
 * A map of items. Stored: items that fail their schema are dropped one by one. Import: the
 * whole file is rejected with the failing item's path.
 */
function itemMap<T>(item: Check<T>, mode: SchemaMode): Check<Record<string, T>> {
  return mode === 'import' ? withDefault(record(item, itemKeySchema), {}) : record(item, itemKeySchema, true);
}

/**
 * Items that carry their own id (CPD entries, scenario runs) must be filed under it: two keys
 * holding one id would be two items the record page cannot tell apart, and could not draw.
 * Import: refused, naming the item. Stored: mended in place (the key wins), and the untouched
 * text is kept as a backup because the import-mode reading fails.
 */
function filedUnder<T>(map: Check<Record<string, T>>, field: keyof T & string, mode: SchemaMode): Check<Record<string, T>> {
  return (value, path, issues) => {
    const items = map(value, path, issues);
    if (items === FAILED) return items;
    for (const [key, item] of Object.entries(items)) {
      const id = item[field];
      if (id === key) continue;
      if (mode === 'import') {
        issues.push({
          path: at(path, key, field),
          message: `is “${String(id)}”, but the item is filed under “${key}”: each must be filed under its own id`,
        });
        return FAILED;
      }
      items[key] = { ...item, [field]: key };
    }
    return items;
  };
}

/** Stored mode: a bad value falls back instead of costing the learner the item around it. */
function soft<T>(schema: Check<T>, value: T, mode: SchemaMode): Check<T> {
  return mode === 'stored' ? fallback(schema, value) : schema;
}

// ——— Shared items (version 1 and version 2) ———

/** The six parts of an activity system, in the order the tool asks about them. */
export const activityNodes = ['subject', 'object', 'tools', 'rules', 'community', 'division'] as const;
export type ActivityNode = (typeof activityNodes)[number];
const activityNodeSchema = oneOf(activityNodes);

/** A tension the learner marked between two parts of an activity system. */
export interface Contradiction {
  from: ActivityNode;
  to: ActivityNode;
  note: string;
}

const contradictionSchema: Check<Contradiction> = object({
  from: activityNodeSchema,
  to: activityNodeSchema,
  note: string(),
});

export interface ActivityItem {
  /** What the learner wrote at each of the six parts. */
  nodes: Record<ActivityNode, string>;
  /** The tensions the learner marked between two parts. */
  contradictions: Contradiction[];
  updatedAt: number;
}

function activitySchema(mode: SchemaMode, timestamp: Check<number>): Check<ActivityItem> {
  const nodeText = soft(string(), '', mode);
  return object({
    nodes: object({
      subject: nodeText,
      object: nodeText,
      tools: nodeText,
      rules: nodeText,
      community: nodeText,
      division: nodeText,
    }),
    // Stored: a damaged tension is dropped, and the map with the others kept.
    contradictions: array(contradictionSchema, mode === 'stored'),
    updatedAt: timestamp,
  });
}

export interface CheckItem {
  /** Index of the answer chosen. */
  answer: number;
  correct: boolean;
  updatedAt: number;
}

function checkSchema(timestamp: Check<number>): Check<CheckItem> {
  return object({
    answer: number(whole, atLeast(0), atMost(99)),
    correct: boolean(),
    updatedAt: timestamp,
  });
}

// ——— Version 1 ———

/** Version 1 wrote `updatedAt` with `typeof number` only; migration makes it a whole timestamp. */
const looseTimestamp = number(finite);

export interface LearnerRecordV1 {
  version: 1;
  reflections: Record<string, { text: string; updatedAt: number }>;
  checks: Record<string, CheckItem>;
  activities: Record<string, ActivityItem>;
}

export function recordV1Schema(mode: SchemaMode): Check<LearnerRecordV1> {
  return object({
    version: literal(1),
    reflections: itemMap(object({ text: string(), updatedAt: looseTimestamp }), mode),
    checks: itemMap(checkSchema(looseTimestamp), mode),
    activities: itemMap(activitySchema(mode, looseTimestamp), mode),
  });
}

// ——— Version 2 ———

export interface ReflectionItem {
  /** What the learner wrote, exactly as typed. */
  text: string;
  /** The question they were answering, saved beside it because it lives only in the module's MDX. */
  prompt?: string | undefined;
  updatedAt: number;
  /** The `updatedAt` of the version the writing tab had last seen (0: none), so tabs can tell rival edits apart. */
  basedOn?: number | undefined;
}

export function reflectionSchema(): Check<ReflectionItem> {
  return object({
    text: string(),
    prompt: optional(string()),
    updatedAt: timestampSchema,
    basedOn: optional(timestampSchema),
  });
}

export interface ModuleProgress {
  /** First and latest time the module page was opened. */
  firstVisitedAt: number | null;
  lastVisitedAt: number | null;
  /** When the learner marked it complete; null when not (or after an undo). */
  completedAt: number | null;
  /** When completion was last set or undone: decides between two tabs' copies. */
  completionChangedAt: number;
  updatedAt: number;
}

export function moduleProgressSchema(): Check<ModuleProgress> {
  return object({
    firstVisitedAt: nullable(timestampSchema),
    lastVisitedAt: nullable(timestampSchema),
    completedAt: nullable(timestampSchema),
    completionChangedAt: timestampSchema,
    updatedAt: timestampSchema,
  });
}

/** Kinds of CPD activity; labels live in cpd.ts. */
export const cpdTypes = ['module', 'scenario', 'course', 'training', 'reading', 'supervision', 'peer-learning', 'other'] as const;
export type CpdType = (typeof cpdTypes)[number];

/** 'YYYY-MM-DD', a real calendar date. */
export const isoDateSchema = string(
  [(text) => /^\d{4}-\d{2}-\d{2}$/.test(text), 'must be a date written YYYY-MM-DD'],
  [
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    'is not a real date',
  ],
);

export interface CpdEntry {
  id: string;
  deleted: false;
  date: string;
  title: string;
  type: CpdType;
  /** CPD minutes claimed. */
  minutes: number;
  /** The three parts professional bodies ask for. */
  did: string;
  learned: string;
  impact: string;
  /** Made by the learner, or automatically when a module or scenario was completed. */
  origin: 'manual' | 'module' | 'scenario';
  /** The module or scenario id for automatic entries. */
  sourceId: string | null;
  /** Whether the learner has changed an automatic entry (undoing completion then keeps it). */
  edited: boolean;
  createdAt: number;
  updatedAt: number;
}

export function cpdEntrySchema(mode: SchemaMode): Check<CpdEntry> {
  return object({
    id: itemKeySchema,
    deleted: withDefault(literal(false), false),
    date: soft(isoDateSchema, '1970-01-01', mode),
    title: string(),
    type: soft(oneOf(cpdTypes), 'other', mode),
    minutes: soft(number(whole, atLeast(0), atMost(MAX_CPD_MINUTES)), 0, mode),
    did: withDefault(string(), ''),
    learned: withDefault(string(), ''),
    impact: withDefault(string(), ''),
    origin: oneOf(['manual', 'module', 'scenario']),
    sourceId: withDefault(nullable(string()), null),
    edited: withDefault(boolean(), false),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  });
}

/** A deleted CPD entry: kept as a marker so another tab's older copy cannot bring it back. */
export interface CpdTombstone {
  id: string;
  deleted: true;
  updatedAt: number;
}

export function cpdTombstoneSchema(): Check<CpdTombstone> {
  return object({ id: itemKeySchema, deleted: literal(true), updatedAt: timestampSchema });
}

export type CpdItem = CpdTombstone | CpdEntry;

/** An entry unless it says otherwise; anything else is checked, and reported on, as a deleted marker. */
function cpdItemSchema(mode: SchemaMode): Check<CpdItem> {
  const entry = cpdEntrySchema(mode);
  const tombstone = cpdTombstoneSchema();
  return pick<CpdItem>((item) => {
    const deleted = isObject(item) ? item['deleted'] : undefined;
    return deleted === undefined || deleted === false ? entry : tombstone;
  });
}

export interface RunChoice {
  /** The scene the choice was made in. */
  sceneId: string;
  /** The option chosen. */
  optionId: string;
  at: number;
}

const choiceSchema: Check<RunChoice> = object({
  sceneId: string(minLength(1)),
  optionId: string(minLength(1)),
  at: timestampSchema,
});

export interface RunSnapshot {
  /** The player's own version of the snapshot shape; a mismatch means start again. */
  snapshotVersion: number;
  savedAt: number;
  /** Opaque: whatever `actor.getPersistedSnapshot()` returned, as JSON. */
  data: JsonValue;
}

export interface ScenarioRun {
  runId: string;
  scenarioId: string;
  /** Hash of the compiled scenario the run was played against. */
  scenarioHash: string;
  startedAt: number;
  finishedAt: number | null;
  /** The choices on the path the learner ended up on, in order. */
  choices: RunChoice[];
  /** Each rewind: how many choices were kept and the ones taken back. */
  rewinds: { toChoice: number; at: number; undone: RunChoice[] }[];
  /** Per framework dimension, normalised 0–100 as the debrief shows them; null until finished. */
  scores: Record<string, number> | null;
  /** The ending reached; null until finished. */
  ending: string | null;
  /** Safeguarding errors flagged in the debrief; null until finished. */
  criticalErrors: number | null;
  /** The player's latest persisted state for resuming mid-play; cleared when the run finishes. */
  snapshot: RunSnapshot | null;
  updatedAt: number;
}

export function scenarioRunSchema(): Check<ScenarioRun> {
  return object({
    runId: itemKeySchema,
    scenarioId: string(minLength(1)),
    scenarioHash: string(),
    startedAt: timestampSchema,
    finishedAt: nullable(timestampSchema),
    choices: array(choiceSchema),
    rewinds: array(object({ toChoice: number(whole, atLeast(0)), at: timestampSchema, undone: array(choiceSchema) })),
    scores: nullable(record(number(finite, atLeast(0), atMost(100)))),
    ending: nullable(string()),
    criticalErrors: nullable(number(whole, atLeast(0))),
    snapshot: nullable(
      object({
        snapshotVersion: number(whole, atLeast(0)),
        savedAt: timestampSchema,
        data: jsonSchema,
      }),
    ),
    updatedAt: timestampSchema,
  });
}

export interface Profile {
  /** Shown on the printed record only; never leaves the browser. */
  displayName: string;
  updatedAt: number;
}

export function profileSchema(): Check<Profile> {
  return object({
    displayName: string(),
    updatedAt: timestampSchema,
  });
}

export const RECORD_VERSION = 2;

export interface LearnerRecord {
  version: typeof RECORD_VERSION;
  /** When the record was last emptied or replaced (0: never). Older copies elsewhere lose to it. */
  clearedAt: number;
  profile: Profile | null;
  modules: Record<string, ModuleProgress>;
  reflections: Record<string, ReflectionItem>;
  checks: Record<string, CheckItem>;
  activities: Record<string, ActivityItem>;
  runs: Record<string, ScenarioRun>;
  cpd: Record<string, CpdItem>;
}

export function recordV2Schema(mode: SchemaMode): Check<LearnerRecord> {
  const profile = nullable(profileSchema());
  return object({
    version: literal(RECORD_VERSION),
    clearedAt: withDefault(timestampSchema, 0),
    profile: withDefault(mode === 'stored' ? fallback(profile, null) : profile, null),
    modules: itemMap(moduleProgressSchema(), mode),
    reflections: itemMap(reflectionSchema(), mode),
    checks: itemMap(checkSchema(timestampSchema), mode),
    activities: itemMap(activitySchema(mode, timestampSchema), mode),
    runs: filedUnder(itemMap(scenarioRunSchema(), mode), 'runId', mode),
    cpd: filedUnder(itemMap(cpdItemSchema(mode), mode), 'id', mode),
  });
}
