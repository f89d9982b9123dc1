import type { LearnerRecord, ModuleProgress } from './record';

type Timestamped = { updatedAt: number };

/** The newer copy of each item wins; items only one side has are kept. A tie keeps `a`'s copy. */
function mergeItems<T extends Timestamped>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, item] of Object.entries(b)) {
    const mine = a[key];
    if (!mine || item.updatedAt > mine.updatedAt) out[key] = item;
  }
  return out;
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** Visits combine (first and last of both); completion follows whichever copy changed it last. */
function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  const completion = b.completionChangedAt > a.completionChangedAt ? b : a;
  return {
    firstVisitedAt: earliest(a.firstVisitedAt, b.firstVisitedAt),
    lastVisitedAt:
      a.lastVisitedAt === null
        ? b.lastVisitedAt
        : b.lastVisitedAt === null
          ? a.lastVisitedAt
          : Math.max(a.lastVisitedAt, b.lastVisitedAt),
    completedAt: completion.completedAt,
    completionChangedAt: completion.completionChangedAt,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

function mergeModules(a: LearnerRecord['modules'], b: LearnerRecord['modules']): LearnerRecord['modules'] {
  const out = { ...a };
  for (const [id, item] of Object.entries(b)) {
    const mine = a[id];
    out[id] = mine ? mergeModule(mine, item) : item;
  }
  return out;
}

/** Merges the items of two records of the same generation; `a`'s `clearedAt` is kept. */
export function mergeContents(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  const profile = !a.profile
    ? b.profile
    : !b.profile
      ? a.profile
      : b.profile.updatedAt > a.profile.updatedAt
        ? b.profile
        : a.profile;
  return {
    version: a.version,
    clearedAt: a.clearedAt,
    profile,
    modules: mergeModules(a.modules, b.modules),
    reflections: mergeItems(a.reflections, b.reflections),
    checks: mergeItems(a.checks, b.checks),
    activities: mergeItems(a.activities, b.activities),
    runs: mergeItems(a.runs, b.runs),
    cpd: mergeItems(a.cpd, b.cpd),
  };
}

function changedSince<T extends Timestamped>(items: Record<string, T>, since: number): Record<string, T> {
  return Object.fromEntries(Object.entries(items).filter(([, item]) => item.updatedAt > since));
}

/** What an older generation changed after the newer one began: work typed in a tab that had not heard yet. */
function onlyChangedSince(record: LearnerRecord, since: number): LearnerRecord {
  return {
    ...record,
    profile: record.profile && record.profile.updatedAt > since ? record.profile : null,
    modules: changedSince(record.modules, since),
    reflections: changedSince(record.reflections, since),
    checks: changedSince(record.checks, since),
    activities: changedSince(record.activities, since),
    runs: changedSince(record.runs, since),
    cpd: changedSince(record.cpd, since),
  };
}

/**
 * Merges two copies of the learner record, as two tabs hold them. Item by item the newer copy
 * wins. If one copy was emptied or replaced later than the other was (a newer `clearedAt`), the
 * other contributes only what it changed after that moment.
 */
export function mergeRecords(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  if (a.clearedAt === b.clearedAt) return mergeContents(a, b);
  const [newer, older] = a.clearedAt > b.clearedAt ? [a, b] : [b, a];
  return mergeContents(newer, onlyChangedSince(older, newer.clearedAt));
}
