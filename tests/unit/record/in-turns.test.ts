import { describe, expect, it } from 'vitest';
import { inTurns, type Scheduler } from '../../../src/record/in-turns';

/** A browser whose quiet moments come when the test says. */
function quietMoments() {
  const waiting: (() => void)[] = [];
  const schedule: Scheduler = (run) => {
    waiting.push(run);
    return () => waiting.splice(waiting.indexOf(run), 1);
  };
  return { schedule, waiting, pass: () => waiting.shift()?.() };
}

describe('drawing a long page in turns', () => {
  it('takes one step per quiet moment, never two at once, until the step says it is done', () => {
    const idle = quietMoments();
    let drawn = 0;
    inTurns(() => ++drawn < 3, idle.schedule);
    expect(drawn).toBe(0);
    idle.pass();
    expect(drawn).toBe(1);
    expect(idle.waiting).toHaveLength(1);
    idle.pass();
    idle.pass();
    expect(drawn).toBe(3);
    expect(idle.waiting).toHaveLength(0);
  });

  it('stops when told, even with a step already waiting', () => {
    const idle = quietMoments();
    let drawn = 0;
    const stop = inTurns(() => ++drawn < 10, idle.schedule);
    idle.pass();
    stop();
    idle.pass();
    expect(drawn).toBe(1);
    expect(idle.waiting).toHaveLength(0);
  });
});
