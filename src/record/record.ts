/**
 * The learner record: everything the course remembers for one learner, in their own browser.
 *
 * Where: localStorage, as JSON under `cb:record` (store.ts). Unreadable data is copied to
 * `cb:record:backup` (then `…:backup:1` … `:9`) before anything replaces it.
 *
 * Shape, version 2 (schemas with a comment on every field in schema.ts):
 *   { version: 2,
 *     clearedAt: 0,                                   // when "delete all" or an import last replaced it
 *     profile:     { displayName, updatedAt } | null, // optional, local only, printed on the record
 *     modules:     { "<module id>": { firstVisitedAt, lastVisitedAt, completedAt, completionChangedAt, updatedAt } },
 *     reflections: { "modules/<id>/#<reflection id>": { text, prompt?, updatedAt } },   // autosaved as typed
 *     checks:      { "modules/<id>/#<question id>": { answer, correct, updatedAt } },
 *     activities:  { "modules/<id>/#<tool id>": { nodes: { subject, object, … }, contradictions: [{ from, to, note }], updatedAt } },
 *     runs:        { "<run id>": { runId, scenarioId, scenarioHash, startedAt, finishedAt, choices: [{ sceneId, optionId, at }],
 *                                  rewinds: [{ toChoice, at, undone }], scores, ending, criticalErrors,
 *                                  snapshot: { snapshotVersion, savedAt, data } | null, updatedAt } },
 *     cpd:         { "<entry id>": { id, deleted: false, date, title, type, minutes, did, learned, impact,
 *                                    origin, sourceId, edited, createdAt, updatedAt }
 *                                | { id, deleted: true, updatedAt } } }
 *
 * Lifecycle:
 * - Every item carries its own `updatedAt` (ms since 1970). Writes re-read storage first and
 *   merge item by item (merge.ts), so two open tabs never wipe each other's work; a deleted CPD
 *   entry stays as a tombstone so an older copy cannot bring it back.
 * - "Delete all" and "import, replacing" start a new generation (`clearedAt`): a tab still holding
 *   the old generation keeps only what it changed after that moment.
 * - Scenario snapshots (runs[…].snapshot) are opaque to the record: the player stores what
 *   `actor.getPersistedSnapshot()` gives it with its own `snapshotVersion`, and resumes only when
 *   both that version and the run's `scenarioHash` still match (scenarios.ts).
 *
 * Migration cases (migrate.ts; every earlier version has one, and a test):
 * - version 1 (reflections, checks, activities) → 2: items kept as they were; a module counts as
 *   visited from its earliest saved item; no runs, CPD entries or profile yet.
 * - no version, or one newer than this code knows: treated as unreadable, so the raw text is
 *   backed up before a fresh record replaces it (the learner can download the backup).
 */
import { RECORD_VERSION, type ActivityItem, type LearnerRecord } from './schema';

export { RECORD_VERSION, activityNodes } from './schema';
export type {
  ActivityItem,
  ActivityNode,
  CheckItem,
  Contradiction,
  CpdEntry,
  CpdItem,
  CpdType,
  JsonValue,
  LearnerRecord,
  ModuleProgress,
  Profile,
  ReflectionItem,
  RunChoice,
  RunSnapshot,
  ScenarioRun,
} from './schema';

export function emptyRecord(clearedAt = 0): LearnerRecord {
  return {
    version: RECORD_VERSION,
    clearedAt,
    profile: null,
    modules: {},
    reflections: {},
    checks: {},
    activities: {},
    runs: {},
    cpd: {},
  };
}

export function emptyActivity(): Omit<ActivityItem, 'updatedAt'> {
  return { nodes: { subject: '', object: '', tools: '', rules: '', community: '', division: '' }, contradictions: [] };
}
