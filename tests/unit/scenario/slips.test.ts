import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/scenario/analyse';
import type { ScenarioMessage } from '../../../src/scenario/report';
import { knownIds } from './helpers';
import { both, DRAFT, minimal, swap } from './minimal';
import { analyseSlip, slip, slips } from './slips';

const describeAll = (messages: ScenarioMessage[]) =>
  messages.map((m) => `${m.code} ${m.line}:${m.column} ${m.message}`).join('\n');

describe('what an author is told for one slip in the small example', () => {
  it('starts from an example with nothing to report as a draft', () => {
    expect(analyseScenario(DRAFT, minimal, knownIds).report.messages).toEqual([]);
  });

  it('names each slip once', () => {
    expect(new Set(slips.map((s) => s.name)).size).toBe(slips.length);
  });

  it.each(slips)('$name: $code at $line:$column, and nothing else', (s) => {
    const { messages } = analyseSlip(s.name).report;
    const place = (m: { code: string; line: number; column: number }) => `${m.code} ${m.line}:${m.column}`;
    expect(messages.map(place).sort(), describeAll(messages)).toEqual([s, ...(s.with ?? [])].map(place).sort());
    const found = messages.find((m) => place(m) === place(s))!;
    expect(found.file).toBe(DRAFT);
    expect(found.severity).toBe(s.severity ?? 'error');
    if ('message' in s) expect(found.message).toBe(s.message);
    else expect(found.message.slice(0, s.starts.length)).toBe(s.starts);
  });

  it('accepts an epilogue: a last stage with no scenes, where play is judged and late help has time to act', () => {
    const epilogue = both(
      slip('help chosen in the final stage').patch,
      swap('\nscenes:\n', '  - id: year3\n    label: Year 3\n    drift: { learning: 1 }\n\nscenes:\n'),
    )(minimal);
    expect(analyseScenario(DRAFT, epilogue, knownIds).report.messages).toEqual([]);
  });

  it('stays quiet about help in the final stage that is meant to come too late', () => {
    const patched = swap(
      '            vulnerability: { learning: -1 }\n          scores: { co-configuration: 1 }',
      '            supports: [{ label: Reading catch-up, domains: [learning], strength: 1, delay: 1 }]\n          scores: { co-configuration: 1 }',
    )(minimal);
    expect(analyseScenario(DRAFT, patched, knownIds).report.messages).toEqual([]);
  });

  it('names the scene in every message about a scene', () => {
    const [found] = analyseSlip('a loop back to the first scene').report.messages;
    expect(found?.scene).toBe('dad-explains');
    expect(found?.field).toBe('scenes.dad-explains.decision.options.0.next');
  });
});
