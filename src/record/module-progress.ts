import { addAutoEntry, autoEntryId } from './auto-cpd';
import type { LearnerRecord, ModuleProgress } from './record';

/**
 * Module progress: visits, and completion with its automatic CPD entry. Pure functions: call
 * them through `store.update`.
 */

function current(record: LearnerRecord, moduleId: string): ModuleProgress {
  return (
    record.modules[moduleId] ?? {
      firstVisitedAt: null,
      lastVisitedAt: null,
      completedAt: null,
      completionChangedAt: 0,
      updatedAt: 0,
    }
  );
}

/** Notes that the learner opened the module page. */
export function visitModule(record: LearnerRecord, moduleId: string, now: number): LearnerRecord {
  const item = current(record, moduleId);
  const next: ModuleProgress = {
    ...item,
    firstVisitedAt: item.firstVisitedAt ?? now,
    lastVisitedAt: Math.max(item.lastVisitedAt ?? now, now),
    updatedAt: Math.max(item.updatedAt, now),
  };
  return { ...record, modules: { ...record.modules, [moduleId]: next } };
}

/** Marks the module complete and logs its CPD minutes (once, however often it is marked). */
export function completeModule(
  record: LearnerRecord,
  module: { id: string; title: string; minutes: number },
  now: number,
): LearnerRecord {
  const item = visitModule(record, module.id, now).modules[module.id]!;
  if (item.completedAt !== null) return record;
  const next: ModuleProgress = { ...item, completedAt: now, completionChangedAt: now, updatedAt: now };
  const withModule = { ...record, modules: { ...record.modules, [module.id]: next } };
  return addAutoEntry(withModule, 'module', module, now);
}

/**
 * Takes completion back. The automatic CPD entry goes too, unless the learner has written in it:
 * then it stays, and `keptEntry` says so, so the page can tell them.
 */
export function uncompleteModule(
  record: LearnerRecord,
  moduleId: string,
  now: number,
): { record: LearnerRecord; keptEntry: boolean } {
  const item = current(record, moduleId);
  if (item.completedAt === null) return { record, keptEntry: false };
  const next: ModuleProgress = { ...item, completedAt: null, completionChangedAt: now, updatedAt: Math.max(item.updatedAt, now) };
  const cpd = { ...record.cpd };
  const entryId = autoEntryId('module', moduleId);
  const entry = cpd[entryId];
  const keptEntry = Boolean(entry && !entry.deleted && entry.edited);
  if (entry && !entry.deleted && !entry.edited) cpd[entryId] = { id: entryId, deleted: true, updatedAt: now };
  return { record: { ...record, modules: { ...record.modules, [moduleId]: next }, cpd }, keptEntry };
}

export type ModuleState = 'not-started' | 'started' | 'completed';

export function moduleState(record: LearnerRecord, moduleId: string): ModuleState {
  const item = record.modules[moduleId];
  if (item?.completedAt != null) return 'completed';
  return item?.firstVisitedAt != null ? 'started' : 'not-started';
}
