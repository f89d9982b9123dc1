import { describe, expect, it } from 'vitest';
import { createSaveGuard, RETRY_DELAYS, type SaveState } from '../../../src/lms/save-guard';

/** An LMS that takes saves or refuses them, and a clock the test moves by hand. */
function setup() {
  let lmsUp = true;
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  const saves: { at: number; again: boolean }[] = [];
  const states: SaveState[] = [];
  const guard = createSaveGuard({
    save: (again) => {
      saves.push({ at: now, again });
      return lmsUp;
    },
    schedule: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    onState: (s) => states.push(s),
  });
  const wait = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers.splice(timers.indexOf(due), 1);
      now = due.at;
      due.run();
    }
    now = until;
  };
  return {
    guard,
    saves,
    states,
    timers,
    wait,
    lms: (up: boolean) => void (lmsUp = up),
  };
}

const total = RETRY_DELAYS.reduce((a, b) => a + b, 0);

describe('saving to an LMS that fails', () => {
  it('saves once and stays quiet while the LMS takes it', () => {
    const t = setup();
    t.guard.save();
    t.guard.save();
    expect(t.saves).toEqual([
      { at: 0, again: false },
      { at: 0, again: false },
    ]);
    expect(t.states).toEqual([]);
    expect(t.timers).toEqual([]);
  });

  it('tries again seconds apart, sending everything again, and recovers without the learner seeing anything', () => {
    const t = setup();
    t.lms(false);
    t.guard.save();
    expect(t.guard.state).toBe('retrying');
    t.wait(RETRY_DELAYS[0]);
    t.lms(true);
    t.wait(RETRY_DELAYS[1]);
    expect(t.saves.map((s) => s.at)).toEqual([0, RETRY_DELAYS[0], RETRY_DELAYS[0] + RETRY_DELAYS[1]]);
    expect(t.saves.slice(1).every((s) => s.again)).toBe(true);
    expect(t.states).toEqual(['retrying', 'saved']);
    expect(t.timers).toEqual([]);
  });

  it('tells the learner when the tries run out, tries again with each change, and once more on the button', () => {
    const t = setup();
    t.lms(false);
    t.guard.save();
    t.wait(total + 60_000);
    expect(t.saves).toHaveLength(1 + RETRY_DELAYS.length);
    expect(t.guard.state).toBe('failing');
    // A later change tries at once; the learner is not told twice.
    t.guard.save();
    expect(t.saves).toHaveLength(2 + RETRY_DELAYS.length);
    expect(t.states).toEqual(['retrying', 'failing']);
    // "Try again" with the LMS back.
    t.lms(true);
    t.guard.retryNow();
    expect(t.guard.state).toBe('saved');
    expect(t.saves.at(-1)!.again).toBe(true);
    expect(t.states).toEqual(['retrying', 'failing', 'saved']);
    expect(t.timers).toEqual([]);
  });

  it('starts a fresh round of tries when "Try again" fails, and never sets two tries at once', () => {
    const t = setup();
    t.lms(false);
    t.guard.save();
    t.guard.save();
    t.guard.save();
    expect(t.timers).toHaveLength(1);
    t.wait(total);
    expect(t.guard.state).toBe('failing');
    const before = t.saves.length;
    t.guard.retryNow();
    expect(t.timers).toHaveLength(1);
    t.wait(total);
    expect(t.saves.length - before).toBe(1 + RETRY_DELAYS.length);
    expect(t.guard.state).toBe('failing');
  });
});
