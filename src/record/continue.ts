import { pageLearnerPrefix } from '../storage/learner';
/*
 * What a learner has under way, read straight from the stored record for pages that carry no
 * island (the home page, the indexes): which modules and scenarios are started or done, and the
 * most recent thing left unfinished. It reads defensively rather than through the record's full
 * validator, to stay a few hundred bytes: anything it cannot read counts as not started.
 */

export type ModuleState = 'started' | 'complete';
export type ScenarioState = 'started' | 'finished';

export interface Progress {
  modules: Record<string, ModuleState>;
  scenarios: Record<string, ScenarioState>;
  /** The most recently touched module or scenario that is not finished, as `module:<id>` or `scenario:<id>`. */
  latest: string | null;
  /** The same, of one kind only: what the modules index and the scenarios index offer to continue. */
  latestOf: { module: string | null; scenario: string | null };
}

type Loose = Record<string, unknown> | null | undefined;
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function readProgress(record: unknown): Progress {
  const progress: Progress = { modules: {}, scenarios: {}, latest: null, latestOf: { module: null, scenario: null } };
  // Read loosely: a part that is not what it should be has no fields, so it reads as nothing done.
  const root = (typeof record === 'object' ? record : null) as Loose;
  const entries = (v: unknown) => Object.entries(typeof v === 'object' && v ? v : {}) as [string, Loose][];
  const latestAt = { any: 0, module: 0, scenario: 0 };
  const consider = (kind: 'module' | 'scenario', id: string, at: number) => {
    const key = `${kind}:${id}`;
    if (at > latestAt.any) {
      latestAt.any = at;
      progress.latest = key;
    }
    if (at > latestAt[kind]) {
      latestAt[kind] = at;
      progress.latestOf[kind] = key;
    }
  };
  for (const [id, m] of entries(root?.['modules'])) {
    if (num(m?.['completedAt']) > 0) progress.modules[id] = 'complete';
    else if (num(m?.['lastVisitedAt']) > 0) {
      progress.modules[id] = 'started';
      consider('module', id, num(m?.['lastVisitedAt']));
    }
  }
  // Finished first: a scenario finished in any run is not "unfinished" because of an abandoned one.
  const runs = entries(root?.['runs'])
    .map(([, run]) => run)
    .filter((run) => typeof run?.['scenarioId'] === 'string');
  for (const run of runs) if (run?.['finishedAt'] != null) progress.scenarios[run['scenarioId'] as string] = 'finished';
  for (const run of runs) {
    const id = run?.['scenarioId'] as string;
    if (progress.scenarios[id] === 'finished') continue;
    progress.scenarios[id] = 'started';
    consider('scenario', id, num(run?.['updatedAt']));
  }
  return progress;
}

/**
 * What the learner has under way, from this browser's stored record (nothing, if it cannot be
 * read). Inside an LMS package that is this learner's own record, under their prefix
 * (src/storage/learner.ts), never the key another learner on the same computer might use.
 */
export function storedProgress(): Progress {
  let record: unknown = null;
  try {
    // A packaged build only: the public site's index pages leave the launch page's bridge out.
    const prefix = import.meta.env.PUBLIC_CB_PACKAGE ? pageLearnerPrefix() : '';
    record = JSON.parse(localStorage.getItem(`${prefix}cb:record`) ?? 'null');
  } catch {
    // Unreadable or unavailable (storage blocked, damaged JSON): read as nothing started.
  }
  return readProgress(record);
}
