import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../../src/record/migrate';
import { readImport } from '../../../src/record/import';
import { emptyRecord, type LearnerRecord, type ScenarioRun } from '../../../src/record/record';
import {
  array,
  atLeast,
  fallback,
  number,
  object,
  optional,
  parse,
  record,
  string,
  whole,
  withDefault,
  type Check,
} from '../../../src/record/validate';

const run = (runId: string, updatedAt = 2): ScenarioRun => ({
  runId,
  scenarioId: 'amira',
  scenarioHash: 'h',
  startedAt: 1,
  finishedAt: null,
  choices: [{ sceneId: 'a', optionId: 'b', at: 1 }],
  rewinds: [],
  scores: null,
  ending: null,
  criticalErrors: null,
  snapshot: { snapshotVersion: 1, savedAt: 2, data: { anything: [1, 'two', null] } },
  updatedAt,
});

const entry = {
  id: 'e1',
  deleted: false,
  date: '2025-03-01',
  title: 'Reading',
  type: 'reading',
  minutes: 30,
  did: 'd',
  learned: 'l',
  impact: 'i',
  origin: 'manual',
  sourceId: null,
  edited: false,
  createdAt: 1,
  updatedAt: 2,
} as const;

function withParts(parts: Partial<Record<keyof LearnerRecord | 'extra', unknown>>): Record<string, unknown> {
  return { ...emptyRecord(), ...parts };
}

/** The first problem an import reports, as the learner reads it (path, then words). */
function firstImportIssue(value: unknown): string {
  const result = parseRecord(value, 'import');
  if (result.ok || result.reason !== 'invalid') throw new Error('expected an invalid record');
  const issue = result.issues[0];
  return `${issue?.path.join(' / ') ?? ''}: ${issue?.message ?? ''}`;
}

describe('stored records: one damaged item costs only itself', () => {
  it('keeps the good runs when one run among them is damaged', () => {
    const damaged = { ...run('bad'), choices: [{ sceneId: '', optionId: 'b', at: 1 }] };
    const result = parseRecord(withParts({ runs: { a: run('a'), bad: damaged, b: run('b') } }), 'stored');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.record.runs)).toEqual(['a', 'b']);
    expect(result.record.runs['a']).toEqual(run('a'));
    expect(result.lossy).toBe(true);
  });

  it('drops items under a name the course never uses, keeps the rest, and reads a map of the wrong kind as empty', () => {
    const reflections = JSON.parse('{"__proto__": {"text": "x", "updatedAt": 1}, "ok": {"text": "kept", "updatedAt": 1}}');
    const result = parseRecord(withParts({ reflections, checks: ['not', 'a', 'map'] }), 'stored');
    expect(result.ok && result.record.reflections).toEqual({ ok: { text: 'kept', updatedAt: 1 } });
    expect(result.ok && Object.getPrototypeOf(result.record.reflections)).toBe(Object.prototype);
    expect(result.ok && result.record.checks).toEqual({});
    expect(result.ok && result.lossy).toBe(true);
  });

  it('falls back on soft CPD fields instead of losing the entry', () => {
    const cpd = { e1: { ...entry, date: '2025-02-30', type: 'juggling', minutes: -5 } };
    const result = parseRecord(withParts({ cpd }), 'stored');
    expect(result.ok && result.record.cpd['e1']).toEqual({ ...entry, date: '1970-01-01', type: 'other', minutes: 0 });
  });

  it('reads a damaged profile as none, but a damaged clearedAt makes the record unreadable', () => {
    const profile = parseRecord(withParts({ profile: { displayName: 7, updatedAt: 1 } }), 'stored');
    expect(profile.ok && profile.record.profile).toBeNull();
    expect(parseRecord(withParts({ clearedAt: -1 }), 'stored')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('is not lossy when nothing was damaged', () => {
    const result = parseRecord(withParts({ runs: { a: run('a') }, cpd: { e1: entry } }), 'stored');
    expect(result.ok && result.lossy).toBe(false);
  });
});

describe('imports: every problem reported with its path', () => {
  it('reports a value of the wrong type at its path', () => {
    const runs = { a: { ...run('a'), startedAt: 'yesterday' } };
    expect(firstImportIssue(withParts({ runs }))).toBe('runs / a / startedAt: should be a number but is text');
    const text = JSON.stringify(withParts({ runs }));
    const result = readImport(text, text.length, Date.UTC(2025, 0, 1));
    expect(!result.ok && result.message).toContain('runs › a › startedAt should be a number but is text');
  });

  it('reports every problem, in the order of the schema, not just the first', () => {
    const result = parseRecord(
      withParts({ reflections: { r: { text: 1, updatedAt: 1.5 } }, runs: { a: { ...run('a'), scenarioId: '' } } }),
      'import',
    );
    expect(!result.ok && result.reason === 'invalid' && result.issues).toEqual([
      { path: ['reflections', 'r', 'text'], message: 'should be text but is a number' },
      { path: ['reflections', 'r', 'updatedAt'], message: 'should be a whole number but is float' },
      { path: ['runs', 'a', 'scenarioId'], message: 'must be at least 1 characters long' },
    ]);
  });

  it('words each kind of problem as learners have always seen it', () => {
    expect(firstImportIssue(withParts({ clearedAt: 9e15 }))).toBe('clearedAt: must be at most 8640000000000000');
    expect(firstImportIssue(withParts({ cpd: { '': entry } }))).toBe('cpd / : must be at least 1 characters long');
    expect(firstImportIssue(withParts({ cpd: { e1: { ...entry, origin: 'robot' } } }))).toBe(
      'cpd / e1 / origin: should be one of “manual”, “module”, “scenario”',
    );
    expect(firstImportIssue(withParts({ cpd: { e1: { ...entry, type: 3 } } }))).toBe(
      "cpd / e1 / type: should be 'module' | 'scenario' | 'course' | 'training' | 'reading' | 'supervision' | 'peer-learning' | 'other' but is a number",
    );
    expect(firstImportIssue(withParts({ cpd: { e1: { ...entry, date: '1 March' } } }))).toBe(
      'cpd / e1 / date: must be a date written YYYY-MM-DD',
    );
    expect(firstImportIssue(withParts({ runs: { a: { ...run('a'), snapshot: { snapshotVersion: 1, savedAt: 2 } } } }))).toBe(
      'runs / a / snapshot / data: Required',
    );
    expect(firstImportIssue(withParts({ profile: { displayName: null, updatedAt: 1 } }))).toBe(
      'profile / displayName: should be text but is nothing (null)',
    );
    expect(firstImportIssue(withParts({ modules: { m: { completionChangedAt: 0 } } }))).toBe(
      'modules / m / firstVisitedAt: is missing',
    );
  });

  it('reports a CPD item against the shape it claims to be: entry, or deleted marker', () => {
    expect(firstImportIssue(withParts({ cpd: { e1: { id: 'e1', deleted: true, updatedAt: -1 } } }))).toBe(
      'cpd / e1 / updatedAt: must be at least 0',
    );
    expect(firstImportIssue(withParts({ cpd: { e1: { ...entry, title: undefined } } }))).toBe('cpd / e1 / title: is missing');
    expect(firstImportIssue(withParts({ cpd: { e1: { ...entry, deleted: 'yes' } } }))).toBe('cpd / e1 / deleted: should be true');
  });

  it('leaves out fields it does not know, without an error, in both modes', () => {
    const value = withParts({ extra: 1, reflections: { r: { text: 'x', updatedAt: 1, colour: 'red' } } });
    for (const mode of ['import', 'stored'] as const) {
      const result = parseRecord(value, mode);
      expect(result.ok && result.record).toEqual({ ...emptyRecord(), reflections: { r: { text: 'x', updatedAt: 1 } } });
      expect(result.ok && result.lossy).toBe(false);
    }
  });

  it('fills in the defaults of a CPD entry a hand-made file leaves out', () => {
    const { id, date, title, type, minutes, origin, createdAt, updatedAt } = entry;
    const result = parseRecord(
      withParts({ cpd: { e1: { id, date, title, type, minutes, origin, createdAt, updatedAt } } }),
      'import',
    );
    expect(result.ok && result.record.cpd['e1']).toEqual({ ...entry, did: '', learned: '', impact: '' });
  });

  it('quietly leaves a score named __proto__ out', () => {
    const scores = JSON.parse('{"__proto__": 5, "whole-child": 80}');
    const result = parseRecord(withParts({ runs: { a: { ...run('a'), scores } } }), 'import');
    expect(result.ok && result.record.runs['a']?.scores).toEqual({ 'whole-child': 80 });
    expect(result.ok && Object.getPrototypeOf(result.record.runs['a']?.scores)).toBe(Object.prototype);
  });
});

describe('the checkers', () => {
  const item = object({ n: number(whole, atLeast(0)), note: optional(string()) });

  it('strict lists fail with each bad item’s path; lenient ones drop it and forget its issues', () => {
    expect(parse(array(item), [{ n: 1 }, { n: -1 }, 'x'])).toEqual({
      ok: false,
      issues: [
        { path: [1, 'n'], message: 'must be at least 0' },
        { path: [2], message: 'should be a set of named items but is text' },
      ],
    });
    expect(parse(array(item, true), [{ n: 1 }, { n: -1 }, { n: 2, note: 'y' }])).toEqual({
      ok: true,
      value: [{ n: 1 }, { n: 2, note: 'y' }],
    });
    expect(parse(array(item, true), 'not a list')).toEqual({ ok: true, value: [] });
  });

  it('leaves an optional field absent rather than undefined', () => {
    const result = parse(item, { n: 1 });
    expect(result.ok && Object.keys(result.value)).toEqual(['n']);
  });

  it('checks a default like any value, so each record gets its own fresh map', () => {
    const map: Check<Record<string, number>> = withDefault(record(number()), {});
    const first = parse(map, undefined);
    const second = parse(map, undefined);
    expect(first).toEqual({ ok: true, value: {} });
    expect(first.ok && second.ok && first.value !== second.value).toBe(true);
  });

  it('a fallback replaces a bad value and takes back its issues', () => {
    const parent = object({ a: fallback(number(whole), 0), b: string() });
    expect(parse(parent, { a: 1.5, b: 2 })).toEqual({
      ok: false,
      issues: [{ path: ['b'], message: 'should be text but is a number' }],
    });
    expect(parse(parent, { a: 1.5, b: 'x' })).toEqual({ ok: true, value: { a: 0, b: 'x' } });
  });
});
