import type { Progress } from './continue';

/*
 * A pathway's checklist as a learner sees it on the pathway pages: which steps are done, how much
 * time is left and which step comes next, worked out in the browser from the stored record (read
 * loosely by `readProgress`). Facilitated sessions are done with a group, so the record cannot
 * tick them: like steps still being written, they are neither counted nor offered as the next step.
 */

export interface PathwayStepRef {
  /** `planned` is a step still being written: shown, never ticked. */
  kind: 'module' | 'scenario' | 'session' | 'planned';
  id: string;
  minutes: number;
}

export interface PathwayStatus {
  /** Per step: true or false, or null for a step the record cannot track. */
  done: (boolean | null)[];
  doneCount: number;
  tracked: number;
  /** Minutes of the tracked steps not yet done. */
  minutesLeft: number;
  /** Index of the first tracked step not done; null when every tracked step is done. */
  next: number | null;
}

export function pathwayStatus(steps: PathwayStepRef[], progress: Progress): PathwayStatus {
  const done = steps.map((s) =>
    s.kind === 'module'
      ? progress.modules[s.id] === 'complete'
      : s.kind === 'scenario'
        ? progress.scenarios[s.id] === 'finished'
        : null,
  );
  const open = steps.map((_, i) => i).filter((i) => done[i] === false);
  return {
    done,
    doneCount: done.filter((d) => d === true).length,
    tracked: done.filter((d) => d !== null).length,
    minutesLeft: open.reduce((sum, i) => sum + steps[i]!.minutes, 0),
    next: open[0] ?? null,
  };
}

/** Steps as the pages carry them in `data-steps`: "module:trajectories:60 scenario:sami:30". */
export function encodeSteps(steps: PathwayStepRef[]): string {
  return steps.map((s) => `${s.kind}:${s.id}:${s.minutes}`).join(' ');
}

export function decodeSteps(text: string): PathwayStepRef[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((part) => {
      const [kind, id = '', minutes = '0'] = part.split(':');
      return { kind: kind as PathwayStepRef['kind'], id, minutes: Number(minutes) || 0 };
    });
}
