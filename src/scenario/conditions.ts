import type { Condition, PlayContext } from './types';

/** The parts of the state of play a condition can look at. */
export type ConditionState = Pick<PlayContext, 'flags' | 'levels' | 'relationships'>;

function within(value: number, c: { atLeast?: number | undefined; atMost?: number | undefined }): boolean {
  return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
}

function levelOf(state: ConditionState, level: string): number {
  const values = Object.values(state.levels);
  if (level === 'total') return values.reduce((a, b) => a + b, 0);
  if (level === 'highest') return values.reduce((a, b) => Math.max(a, b), 0);
  return state.levels[level] ?? 0;
}

/** Evaluates a condition. Shared by the machine's guards, the queries and the checker. */
export function holds(condition: Condition, state: ConditionState): boolean {
  if ('flag' in condition) return state.flags.includes(condition.flag);
  if ('level' in condition) return within(levelOf(state, condition.level), condition);
  if ('relationship' in condition) return within(state.relationships[condition.relationship] ?? 0, condition);
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  return !holds(condition.not, state);
}

/** Calls `visit` on a condition and every condition nested in it, with the path to each. */
export function walkCondition(
  condition: Condition,
  path: (string | number)[],
  visit: (c: Condition, path: (string | number)[]) => void,
): void {
  visit(condition, path);
  if ('all' in condition) condition.all.forEach((c, i) => walkCondition(c, [...path, 'all', i], visit));
  else if ('any' in condition) condition.any.forEach((c, i) => walkCondition(c, [...path, 'any', i], visit));
  else if ('not' in condition) walkCondition(condition.not, [...path, 'not'], visit);
}
