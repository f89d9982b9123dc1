import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { audienceSchema } from '../schemas/audiences';
import { contentNoteSchema } from '../schemas/content-note';
import { scenarioReviewFields } from '../schemas/guidance';
import { idSchema } from '../schemas/ids';
import { didYouMean } from './suggest';
import { safeguardingConcerns, type Condition, type Scenario } from './types';

/*
 * The scenario file format. Build time only: the browser gets the validated result as JSON.
 * Every field carries `.describe()` so editors show the same help as the JSDoc line above it
 * (scenarios/scenario.schema.json is generated from this file).
 * Cross-references (domains, dimensions, scenes, flags, roles…) are checked in checks.ts, where
 * the messages can say which id is unknown and where it should be declared.
 */

/** A scene id: kebab-case starting with a letter, so the scene order in the file is kept. */
const sceneIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case and start with a letter')
  .describe('A scene id: lower-case words joined by hyphens, starting with a letter.');

const int = (min: number, max: number) => z.number().int().min(min).max(max);

const optionalReview = {
  lastReviewed: scenarioReviewFields.lastReviewed.optional(),
  checkedAgainst: scenarioReviewFields.checkedAgainst.optional(),
};

const boundFields = {
  /** Passes when the value is at least this. */
  atLeast: z.number().int().optional().describe('Passes when the value is at least this.'),
  /** Passes when the value is at most this. */
  atMost: z.number().int().optional().describe('Passes when the value is at most this.'),
};

/** A test on the state of play, used by `requires`, `visibleIf` and ending `when`. */
export const conditionSchema: z.ZodType<Condition, z.ZodTypeDef, Condition> = z.lazy(() => conditionUnion);

// Built once, so the lazy schema always returns the same object (the JSON Schema generator
// recognises the recursion by identity and emits a $ref instead of recursing forever).
const conditionUnion: z.ZodType<Condition, z.ZodTypeDef, Condition> = z
  .union([
    z
      .object({
        /** Passes once some earlier choice has set this flag. */
        flag: idSchema.describe('Passes once some earlier choice has set this flag.'),
      })
      .strict(),
    z
      .object({
        /** A domain id, or `total` (sum of all domains) or `highest` (the worst domain). */
        level: z.string().describe('A domain id, or "total" (all domains added up) or "highest" (the worst domain).'),
        ...boundFields,
      })
      .strict(),
    z
      .object({
        /** A relationship id declared under `relationships`. */
        relationship: idSchema.describe('A relationship id declared under relationships.'),
        ...boundFields,
      })
      .strict(),
    z
      .object({
        /** Passes when every condition in the list passes. */
        all: z.array(conditionSchema).min(1).describe('Passes when every condition in the list passes.'),
      })
      .strict(),
    z
      .object({
        /** Passes when at least one condition in the list passes. */
        any: z.array(conditionSchema).min(1).describe('Passes when at least one condition in the list passes.'),
      })
      .strict(),
    z
      .object({
        /** Passes when the condition inside does not. */
        not: conditionSchema.describe('Passes when the condition inside does not.'),
      })
      .strict(),
  ])
  .describe('A condition: one of flag, level, relationship, all, any or not.');

/** Who the child is. */
const childSchema = z
  .object({
    /** The child's (invented) first name. */
    name: z.string().min(1).describe("The child's invented first name."),
    /** Age in years when the scenario begins. */
    age: int(0, 18).describe('Age in years when the scenario begins.'),
    /** Pronouns, if the text should state them. */
    pronouns: z.string().optional().describe('Pronouns, if the text should state them.'),
    /** The child and family as the learner first meets them (Markdown). */
    profile: z.string().min(1).describe('The child and family as the learner first meets them (Markdown).'),
  })
  .strict();

/** A named relationship whose level choices can raise or lower (−5 to 5). */
const relationshipSchema = z
  .object({
    /** Id used by effects and conditions. */
    id: idSchema.describe('Id used by effects and conditions.'),
    /** Who the relationship is with, as the learner reads it. */
    label: z.string().min(1).describe('Who the relationship is with, as the learner reads it.'),
    /** Level at the start, from −5 to 5. */
    start: int(-5, 5).default(0).describe('Level at the start, from -5 to 5 (default 0).'),
  })
  .strict();

/** Trouble in one domain feeding another when a stage begins. */
const spillSchema = z
  .object({
    /** The domain the trouble comes from. */
    from: idSchema.describe('The domain the trouble comes from.'),
    /** The domain it spills into. */
    to: idSchema.describe('The domain it spills into.'),
    /** Spill happens when `from` is at least this level on arrival at the stage. */
    atLeast: int(0, 20).describe('Spill happens when "from" is at least this level as the stage begins.'),
    /** How much is added to `to`. */
    amount: int(1, 3).default(1).describe('How much is added to "to" (default 1).'),
  })
  .strict();

/** A point in time in the child's life. */
const stageSchema = z
  .object({
    /** Stage id, used by scenes. */
    id: idSchema.describe('Stage id, used by scenes.'),
    /** As the learner sees it, e.g. "Year 2, age 7". */
    label: z.string().min(1).describe('As the learner sees it, e.g. "Year 2, age 7".'),
    /** What has happened since the last stage (Markdown), shown as the stage begins. */
    text: z.string().optional().describe('What has happened since the last stage (Markdown).'),
    /** Vulnerability added per domain as the stage begins, unless a support covers that domain. */
    drift: z
      .record(idSchema, int(0, 5))
      .default({})
      .describe('Vulnerability added per domain as this stage begins, unless an active support covers the domain.'),
    /** Rules for trouble spilling from one domain into another as the stage begins. */
    spill: z
      .array(spillSchema)
      .default([])
      .describe('Rules for trouble spilling from one domain into another as this stage begins.'),
  })
  .strict();

/** A sign of vulnerability shown in a scene. */
const signalSchema = z
  .object({
    /** The domain of the child's life it points to. */
    domain: idSchema.describe("The domain of the child's life it points to."),
    /** What the learner notices. */
    text: z.string().min(1).describe('What the learner notices.'),
    /** Shown only when this condition holds (e.g. after consulting someone). */
    visibleIf: conditionSchema.optional().describe('Shown only when this condition holds, e.g. after consulting someone.'),
  })
  .strict();

/** Help that starts because of a choice. */
const supportSchema = z
  .object({
    /** The help as the debrief names it, e.g. "Speech and language therapy". */
    label: z.string().min(1).describe('The help as the debrief names it.'),
    /** Domains it covers: no drift there while active, and its strength is taken off. */
    domains: z
      .array(idSchema)
      .min(1)
      .describe('Domains it covers: no drift there while it is active, and its strength is taken off each stage.'),
    /** Vulnerability removed from each covered domain at each stage it is active. */
    strength: int(1, 5).describe('Vulnerability removed from each covered domain at each stage it is active.'),
    /** Stages the child waits before it starts: 0 means it acts from the next stage (so never, if chosen in the final one). */
    delay: int(0, 10)
      .default(0)
      .describe(
        'Stages the child waits before it starts (0: it helps from the next stage, so help chosen in the final stage never acts).',
      ),
    /** Stages it lasts once started; leave out for "until the end". */
    duration: int(1, 10).optional().describe('Stages it lasts once started; leave out for "until the end".'),
  })
  .strict();

/** What choosing an option changes. */
const effectsSchema = z
  .object({
    /** Immediate change per domain (negative is better). */
    vulnerability: z.record(idSchema, int(-5, 5)).default({}).describe('Immediate change per domain (negative is better).'),
    /** Supports started. */
    supports: z.array(supportSchema).default([]).describe('Supports started by this choice.'),
    /** Flags set (facts later conditions can test: contacts known, consent given…). */
    flags: z.array(idSchema).default([]).describe('Flags set: facts that later conditions can test.'),
    /** Change per relationship id. */
    relationships: z.record(idSchema, int(-5, 5)).default({}).describe('Change per relationship id.'),
  })
  .strict();

/** The expert's view of a choice. */
const expertSchema = z
  .object({
    /** The commentary (Markdown). */
    text: z.string().min(1).describe('The commentary (Markdown).'),
    /** The module that teaches the point. */
    module: idSchema.describe('The module that teaches the point.'),
  })
  .strict();

/** One response the learner can choose. */
const optionSchema = z
  .object({
    /** Unique in the scenario; saved plays record these. */
    id: idSchema.describe('Unique in the scenario; saved plays record these.'),
    /** referral, rule-bending or joint-action. */
    kind: z.enum(['referral', 'rule-bending', 'joint-action']).describe('referral, rule-bending or joint-action.'),
    /** What the learner would do, in a sentence. */
    label: z.string().min(1).describe('What the learner would do, in a sentence.'),
    /** Only choosable when this condition holds. */
    requires: conditionSchema.optional().describe('Only choosable when this condition holds.'),
    /** Shown beside the option while it cannot be chosen. Needed with `requires`. */
    unavailableReason: z
      .string()
      .min(1)
      .optional()
      .describe('Shown beside the option while it cannot be chosen. Needed with requires.'),
    /** What choosing it changes. */
    effects: effectsSchema.default({}).describe('What choosing it changes.'),
    /** Points per framework dimension (−5 to 5). */
    scores: z.record(idSchema, int(-5, 5)).default({}).describe('Points per framework dimension, from -5 to 5.'),
    /** Shown straight after the choice. */
    feedback: z.string().min(1).describe('Shown straight after the choice.'),
    /** The expert's commentary, shown in the debrief. */
    expert: expertSchema.describe("The expert's commentary, shown in the debrief."),
    /** Marks a critical safeguarding error and says why; reported apart from the scores. */
    critical: z
      .string()
      .min(1)
      .optional()
      .describe('Marks a critical safeguarding error and says why; reported apart from the scores.'),
    /** The statutory step this option takes (in a safeguarding scene, every option takes one or is critical). */
    statutoryStep: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The statutory safeguarding step this option takes, in a few words, e.g. "Referral to children\'s social care today". In a safeguarding scene every option needs this or "critical".',
      ),
    /** What the choice costs: practitioners' time, the family's time, a disagreement (Markdown). */
    costs: z
      .string()
      .min(1)
      .optional()
      .describe("What the choice costs, shown with the feedback: practitioners' time, demands on the family, disagreement."),
    /** The scene that follows. */
    next: sceneIdSchema.optional().describe('The scene that follows.'),
    /** `true` when play ends here; the ending is chosen by the endings' conditions. */
    end: z.literal(true).optional().describe("true when play ends here; the ending is chosen by the endings' conditions."),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.next === undefined && o.end === undefined) {
      ctx.addIssue({ code: 'custom', path: ['next'], message: 'an option needs "next" (the scene that follows) or "end: true"' });
    } else if (o.next !== undefined && o.end !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'an option cannot have both "next" and "end"' });
    }
  });

/** What the learner must decide in a scene. */
const decisionSchema = z
  .object({
    /** The question put to the learner. */
    question: z
      .string()
      .min(1)
      .default('What do you do?')
      .describe('The question put to the learner (default "What do you do?").'),
    /** The options, at least one; offer one of each kind. */
    options: z.array(optionSchema).min(1).describe('The options; offer at least one of each kind.'),
  })
  .strict();

/** One moment in the story. */
const sceneSchema = z
  .object({
    /** The stage (point in time) the scene belongs to. */
    stage: idSchema.describe('The stage (point in time) the scene belongs to.'),
    /** A short heading. */
    title: z.string().min(1).describe('A short heading.'),
    /** The narrative (Markdown). */
    text: z.string().min(1).describe('The narrative (Markdown).'),
    /** Signs of vulnerability the learner may notice. */
    signals: z.array(signalSchema).default([]).describe('Signs of vulnerability the learner may notice.'),
    /** Discussion prompts for facilitators. */
    prompts: z.array(z.string().min(1)).default([]).describe('Discussion prompts for facilitators.'),
    /** Notes for facilitators. */
    notes: z.string().optional().describe('Notes for facilitators.'),
    /** Marks a safeguarding moment; every option then takes the statutory step or is marked critical. */
    safeguarding: z
      .enum(safeguardingConcerns)
      .optional()
      .describe(
        'Marks a safeguarding moment (significant-harm, exploitation or missing-child): every option must then have a statutoryStep or be marked critical.',
      ),
    /** The decision that closes the scene. */
    decision: decisionSchema.describe('The decision that closes the scene.'),
  })
  .strict();

/** How play can end, chosen by a condition on the final state. */
const endingSchema = z
  .object({
    /** Ending id. */
    id: idSchema.describe('Ending id.'),
    /** A short heading. */
    title: z.string().min(1).describe('A short heading.'),
    /** positive, mixed or concerning. */
    tone: z.enum(['positive', 'mixed', 'concerning']).describe('positive, mixed or concerning.'),
    /** Where the child is now (Markdown). */
    text: z.string().min(1).describe('Where the child is now (Markdown).'),
    /** The condition on the final state; exactly one ending must match every final state. */
    when: conditionSchema.describe('The condition on the final state; exactly one ending must match each possible final state.'),
  })
  .strict();

/** A branching scenario file (scenarios/<id>.yaml). */
export const scenarioSchema = z
  .object({
    /** The file name without .yaml. */
    id: idSchema.describe('The file name without .yaml.'),
    /** Title on cards and the scenario page. */
    title: z.string().min(3).describe('Title on cards and the scenario page.'),
    /** One or two sentences for cards and search. */
    summary: z.string().min(20).max(400).describe('One or two sentences for cards and search.'),
    /** The child at the heart of the scenario. */
    child: childSchema.describe('The child at the heart of the scenario.'),
    /** The learner's professional role: a content/roles id. */
    role: idSchema.describe("The learner's professional role: a content/roles id."),
    /** Who the scenario is written for. */
    audiences: z.array(audienceSchema).min(1).describe('Who the scenario is written for.'),
    /** Estimated minutes to play and reflect. */
    minutes: z.number().int().positive().max(600).describe('Estimated minutes to play and reflect.'),
    /** Related module ids. */
    modules: z.array(idSchema).default([]).describe('Related module ids.'),
    /** Related concepts: glossary ids. */
    concepts: z.array(idSchema).default([]).describe('Related concepts: glossary ids.'),
    /** Vulnerability per domain at the start (every domain, on the framework's scale). */
    start: z
      .record(idSchema, int(0, 20))
      .describe("Vulnerability per domain at the start: every domain, on the framework's scale."),
    /** Relationships choices can build or damage. */
    relationships: z.array(relationshipSchema).default([]).describe('Relationships that choices can build or damage.'),
    /** Points in time, in order; play starts in the first. */
    stages: z.array(stageSchema).min(1).describe('Points in time, in order; play starts in the first.'),
    /** The scenes, by id; play starts at the first one listed. */
    scenes: z.record(sceneIdSchema, sceneSchema).describe('The scenes, by id; play starts at the first one listed.'),
    /** The possible endings. */
    endings: z.array(endingSchema).min(1).describe('The possible endings.'),
    /** What the scenario deals with, shown before play starts. */
    contentNote: contentNoteSchema.optional(),
    ...optionalReview,
    /** The authors' best-practice route: option ids in order, ending play in a positive ending. */
    bestPath: z
      .array(idSchema)
      .optional()
      .describe("The authors' best-practice route: option ids in order, from the first decision to the end of play."),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (Object.keys(s.scenes).length === 0)
      ctx.addIssue({ code: 'custom', path: ['scenes'], message: 'a scenario needs at least one scene' });
  });

// Compile-time proof that the schema's output is exactly the plain type the run time uses
// (audiences are a closed list here and plain strings there, as types.ts imports nothing).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output = z.output<typeof scenarioSchema>;
// The same goes for the content note's topics and the guidance ids, closed lists kept in src/schemas.
type Open = 'audiences' | 'contentNote' | 'checkedAgainst';
const schemaMatchesTypes: Same<Omit<Output, Open>, Omit<Scenario, Open>> = true;
const outputIsScenario: Scenario = {} as Output;
void schemaMatchesTypes;
void outputIsScenario;

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  float: 'a number with a fraction',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of named fields',
  null: 'nothing',
  undefined: 'nothing',
};

/** Plain-English messages for an educator, not a programmer. */
export const scenarioErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'this field is required' };
      if (issue.expected === 'integer') return { message: 'must be a whole number' };
      return { message: `expected ${kinds[issue.expected] ?? issue.expected}, found ${kinds[issue.received] ?? issue.received}` };
    case 'invalid_literal':
      return { message: `must be ${JSON.stringify(issue.expected)}` };
    case 'invalid_enum_value':
      return {
        message: `"${String(issue.received)}" is not one of: ${issue.options.join(', ')}.${didYouMean(String(issue.received), issue.options.map(String))}`,
      };
    case 'too_small':
      if (issue.type === 'array') return { message: `needs at least ${issue.minimum} item(s)` };
      if (issue.type === 'string')
        return { message: issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long` };
      if (issue.exact) return { message: `must be ${issue.minimum}` };
      return { message: issue.inclusive ? `must be at least ${issue.minimum}` : `must be more than ${issue.minimum}` };
    case 'too_big':
      if (issue.type === 'array') return { message: `must have at most ${issue.maximum} item(s)` };
      if (issue.type === 'string') return { message: `must be at most ${issue.maximum} characters long` };
      return { message: `must be at most ${issue.maximum}` };
    default:
      return { message: ctx.defaultError };
  }
};

/** One schema problem, with the path to the value (or, for unknown fields, to the key). */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  /** True when the position should be the key itself (an unknown field). */
  atKey: boolean;
}

const conditionHelp = 'use one of flag, level, relationship, all, any or not';

/**
 * Zod reports a failed union (only conditions are unions here) as one issue list per branch.
 * A branch whose own key is present (`flag`, `level`…) is what the author meant: report its
 * problems. If no branch's key is present, name the unknown keys, or say what a condition is.
 */
function flattenUnion(issue: z.ZodInvalidUnionIssue): SchemaIssue[] {
  const depth = issue.path.length;
  const branches = issue.unionErrors.map((e) => e.issues);
  // A missing nested condition (`not:` left out) fails as a union of "missing" issues.
  const missing = (i: z.ZodIssue): boolean =>
    (i.code === 'invalid_type' && i.received === 'undefined') ||
    (i.code === 'invalid_union' && i.unionErrors.every((e) => e.issues.every(missing)));
  const fatal = (issues: z.ZodIssue[]) =>
    issues.some((i) => (i.code === 'invalid_type' && i.path.length === depth) || (i.path.length === depth + 1 && missing(i)));
  const meant = branches.filter((b) => !fatal(b)).sort((a, b) => a.length - b.length)[0];
  if (meant) return flatten(meant);
  const unknown = branches.map(
    (b) => new Set(b.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === depth ? i.keys : []))),
  );
  const everywhere = [...(unknown[0] ?? [])].filter((k) => unknown.every((set) => set.has(k)));
  if (!everywhere.length) return [{ path: [...issue.path], message: `not a valid condition: ${conditionHelp}`, atKey: false }];
  return everywhere.map((key) => ({
    path: [...issue.path, key],
    message: `unknown field "${key}" in a condition: ${conditionHelp}`,
    atKey: true,
  }));
}

function flatten(issues: readonly z.ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union') out.push(...flattenUnion(issue));
    else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...issue.path, key], message: `unknown field "${key}"`, atKey: true });
    } else out.push({ path: [...issue.path], message: issue.message, atKey: false });
  }
  return out;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: SchemaIssue[] };

export function validateScenario(data: unknown): ValidationResult {
  if (data === null || data === undefined)
    return { ok: false, issues: [{ path: [], message: 'the file is empty', atKey: false }] };
  const result = scenarioSchema.safeParse(data, { errorMap: scenarioErrorMap });
  return result.success ? { ok: true, scenario: result.data } : { ok: false, issues: flatten(result.error.issues) };
}

/**
 * The JSON Schema editors use (scenarios/scenario.schema.json). Generated, never edited by hand:
 * `tsx scripts/scenario-schema.ts` writes it and a unit test keeps it in step.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = zodToJsonSchema(scenarioSchema, { name: 'Scenario', $refStrategy: 'root', target: 'jsonSchema7' }) as Record<
    string,
    unknown
  >;
  return {
    ...generated,
    title: 'Crossing Boundaries scenario',
    description: "A branching scenario: a simulation of a child's trajectory across stages. See docs/authoring-scenarios.md.",
  };
}
