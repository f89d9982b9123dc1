/**
 * Plain types of the scenario engine, shared by build time and run time.
 * No imports: the browser bundle may depend on this file freely. `schema.ts` proves that the
 * zod schema produces exactly these shapes, so the two cannot drift apart.
 * Optional fields are written `?: T | undefined` because zod's output types are (exactOptionalPropertyTypes).
 */

/** The three kinds of response a decision can offer; the research contrasts them. */
export const optionKinds = ['referral', 'rule-bending', 'joint-action'] as const;
export type OptionKind = (typeof optionKinds)[number];

/**
 * What makes a scene a safeguarding moment. In such a scene every option either takes the
 * statutory step (`statutoryStep`) or is a critical error: nothing in between can be good practice.
 */
export const safeguardingConcerns = ['significant-harm', 'exploitation', 'missing-child'] as const;
export type SafeguardingConcern = (typeof safeguardingConcerns)[number];

/**
 * How a choice is counted wherever the group's or the learner's mix is shown: by its kind, except
 * that a critical safeguarding error is counted on its own, so a breach never adds to the count of
 * "rule-bending" or "joint action".
 */
export const mixCategories = [...optionKinds, 'critical'] as const;
export type MixCategory = (typeof mixCategories)[number];
export const mixCategory = (choice: { kind: OptionKind; critical: boolean }): MixCategory =>
  choice.critical ? 'critical' : choice.kind;
export const mixNames: Record<MixCategory, string> = {
  referral: 'Referral',
  'rule-bending': 'Rule-bending',
  'joint-action': 'Joint action',
  critical: 'Critical safeguarding error',
};

/** Pseudo-domains a `level` condition may name besides the framework's domains. */
export const levelAggregates = ['total', 'highest'] as const;

/** How far a relationship can move either side of neutral. */
export const RELATIONSHIP_LIMIT = 5;

/** A test on the state of play: used by `requires`, `visibleIf` and endings. Pure data. */
export type Condition =
  | { flag: string }
  | { level: string; atLeast?: number | undefined; atMost?: number | undefined }
  | { relationship: string; atLeast?: number | undefined; atMost?: number | undefined }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface ChildProfile {
  name: string;
  age: number;
  pronouns?: string | undefined;
  profile: string;
}

export interface RelationshipDef {
  id: string;
  label: string;
  start: number;
}

export interface SpillRule {
  from: string;
  to: string;
  atLeast: number;
  amount: number;
}

export interface Stage {
  id: string;
  label: string;
  text?: string | undefined;
  drift: Record<string, number>;
  spill: SpillRule[];
}

export interface Signal {
  domain: string;
  text: string;
  visibleIf?: Condition | undefined;
}

export interface SupportDef {
  label: string;
  domains: string[];
  strength: number;
  delay: number;
  duration?: number | undefined;
}

export interface Effects {
  vulnerability: Record<string, number>;
  supports: SupportDef[];
  flags: string[];
  relationships: Record<string, number>;
}

export interface ExpertView {
  text: string;
  module: string;
}

export interface Option {
  id: string;
  kind: OptionKind;
  label: string;
  requires?: Condition | undefined;
  unavailableReason?: string | undefined;
  effects: Effects;
  scores: Record<string, number>;
  feedback: string;
  expert: ExpertView;
  critical?: string | undefined;
  /** The statutory safeguarding step the option takes, in a few words. */
  statutoryStep?: string | undefined;
  /** What the choice costs (time, demands on the family, disagreement). */
  costs?: string | undefined;
  next?: string | undefined;
  end?: true | undefined;
}

export interface Decision {
  question: string;
  options: Option[];
}

export interface Scene {
  stage: string;
  title: string;
  text: string;
  signals: Signal[];
  prompts: string[];
  notes?: string | undefined;
  safeguarding?: SafeguardingConcern | undefined;
  decision: Decision;
}

export type EndingTone = 'positive' | 'mixed' | 'concerning';

export interface Ending {
  id: string;
  title: string;
  tone: EndingTone;
  text: string;
  when: Condition;
}

/** A validated scenario, defaults filled in. The first scene listed is where play begins. */
export interface Scenario {
  id: string;
  title: string;
  summary: string;
  child: ChildProfile;
  role: string;
  audiences: string[];
  minutes: number;
  modules: string[];
  concepts: string[];
  start: Record<string, number>;
  relationships: RelationshipDef[];
  stages: Stage[];
  scenes: Record<string, Scene>;
  endings: Ending[];
  /** Topics (ids from src/schemas/content-note.ts) and an optional sentence, shown before play. */
  contentNote?: { topics: string[]; text?: string | undefined } | undefined;
  /** When the scenario was last checked against current guidance (YYYY-MM-DD). */
  lastReviewed?: string | undefined;
  /** Guidance edition ids (src/schemas/guidance.ts) it was checked against. */
  checkedAgainst?: string[] | undefined;
  /** The authors' best-practice route (option ids); the checker proves it is a complete play with a positive ending. */
  bestPath?: string[] | undefined;
}

/** The slice of content/framework.yaml a scenario needs at run time. */
export interface FrameworkDomain {
  id: string;
  name: string;
  description?: string | undefined;
  scale: { min: 0; max: number };
}

export interface FrameworkDimension {
  id: string;
  name: string;
  description: string;
  good: string;
  source: string;
  module: string;
}

export interface Framework {
  dimensions: FrameworkDimension[];
  domains: FrameworkDomain[];
}

/** Lowest and highest total a learner can score on each dimension in this scenario. */
export type ScoreBounds = Record<string, { min: number; max: number }>;

/**
 * What the analysis found, shipped with the scenario.
 * In `exact` mode every figure was measured over the real state space; in `bounds` mode
 * (more states than the analysis holds) plays/shortest/longest/bounds are taken over the scene graph
 * ignoring requirements, so they are outer bounds, and `endings` lists endings seen in samples.
 */
export interface AnalysisStats {
  mode: 'exact' | 'bounds';
  scenes: number;
  options: number;
  /** Distinct states explored (exact mode only). */
  states: number | null;
  /** Number of distinct plays, as a decimal string (it can exceed 2^53). */
  plays: string;
  /** Fewest and most decisions in one play. */
  shortest: number;
  longest: number;
  /** Ending ids some play reaches. */
  endings: string[];
  /** One shortest play (option ids) reaching each ending, for tests and facilitators. */
  witnesses: Record<string, string[]>;
}

/** The JSON-safe payload the browser receives for one scenario. */
export interface CompiledScenario {
  scenario: Scenario;
  framework: Framework;
  bounds: ScoreBounds;
  hash: string;
  stats: AnalysisStats;
}

/** A support a choice started: when it was chosen, and the stages in which it acts. */
export interface SupportRecord {
  option: string;
  kind: OptionKind;
  label: string;
  domains: string[];
  strength: number;
  /** Stage index at which the option was chosen. */
  chosenAt: number;
  /** First stage index at whose entry it acts: chosenAt + 1 + delay. */
  startsAt: number;
  /** Last stage index at whose entry it acts, or null for "until the end". */
  endsAt: number | null;
}

export interface DecisionRecord {
  scene: string;
  option: string;
  kind: OptionKind;
  stage: number;
  critical: boolean;
}

/**
 * Everything the machine remembers. JSON-safe: it is persisted inside XState snapshots.
 * `trajectory[k]` holds the levels while in stage k (the last entry always equals `levels`).
 */
export interface PlayContext {
  scene: string | null;
  ending: string | null;
  stage: number;
  levels: Record<string, number>;
  trajectory: Record<string, number>[];
  flags: string[];
  supports: SupportRecord[];
  relationships: Record<string, number>;
  scores: Record<string, number>;
  log: DecisionRecord[];
  /** Domains at least one visible signal has pointed to so far. */
  seenDomains: string[];
}

/** Anything holding a play context: an XState snapshot qualifies. */
export interface PlaySnapshot {
  readonly context: PlayContext;
}

export type PlayStatus = 'playing' | 'ended' | 'stuck';
