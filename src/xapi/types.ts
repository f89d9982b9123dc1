/*
 * The parts of an xAPI 1.0.3 statement this course sends (xAPI-Data.md, section 2.4). Only the
 * shapes we use are typed; `version`, `stored` and `authority` are the LRS's to set, so they are
 * absent on purpose.
 */

/** A language map: RFC 5646 tag → text. We write en-GB only. */
export type LanguageMap = Record<string, string>;

/** The learner, identified by an account on this course's site: never a name or an email. */
export interface Agent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

/** One choice of a `choice` interaction: the option id and its label. */
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  type: string;
  name: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice';
  choices?: InteractionComponent[];
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: ActivityDefinition;
}

export type Extensions = Record<string, unknown>;

export interface Result {
  completion?: boolean;
  success?: boolean;
  /** scaled in [−1, 1]; raw within [min, max]. */
  score?: { scaled: number; raw: number; min: number; max: number };
  response?: string;
  /** ISO 8601 duration, e.g. 'PT754.2S'. */
  duration?: string;
  extensions?: Extensions;
}

export interface Context {
  /** One scenario run (an attempt), as a UUID. */
  registration?: string;
  platform: string;
  language: string;
  contextActivities: { parent?: Activity[]; grouping: Activity[] };
  extensions?: Extensions;
}

export interface Statement {
  /** A UUID, so an LRS that receives the same statement twice stores it once. */
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context: Context;
  /** When it happened (ISO 8601, UTC), not when it was sent. */
  timestamp: string;
}

/**
 * A statement with its `key`: what it reports (e.g. `answered|<run>|2|<time>`), the same in every
 * tab, so a change one tab made and another tab saw is queued once.
 */
export interface PendingStatement {
  key: string;
  statement: Statement;
}
