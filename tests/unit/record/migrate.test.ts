import { describe, expect, it } from 'vitest';
import { migrateV1toV2, parseRecord } from '../../../src/record/migrate';
import { emptyRecord, RECORD_VERSION } from '../../../src/record/record';
import { recordV1Schema } from '../../../src/record/schema';
import { parse } from '../../../src/record/validate';
import { RECORD_KEY, createStore } from '../../../src/record/store';
import { saveReflection } from '../../../src/record/reflections';
import { FakeStorage } from './fake-storage';

/** A version-1 record as the foundation release wrote it. */
const v1 = {
  version: 1,
  reflections: {
    'modules/trajectories/#whose-window': { text: 'Learning is clear to me; family is hidden.', updatedAt: 1_700_000_000_000 },
    'modules/knowing-who/#limits': { text: 'Unsure about the MASH.', updatedAt: 1_700_000_500_000 },
  },
  checks: { 'modules/trajectories/#q1': { answer: 1, correct: false, updatedAt: 1_700_000_300_000 } },
  activities: {
    'modules/activity-theory/#my-team': {
      nodes: {
        subject: 'Our team',
        object: 'Kai back in school',
        tools: '',
        rules: 'Six-week rule',
        community: '',
        division: '',
      },
      contradictions: [{ from: 'rules', to: 'object', note: 'Delays help' }],
      updatedAt: 1_700_000_400_000,
    },
  },
};

describe('migration from version 1', () => {
  it('is the version this code writes that comes next', () => {
    expect(RECORD_VERSION).toBe(2);
  });

  it('keeps every reflection, answer and activity map exactly', () => {
    const result = parseRecord(v1, 'stored');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.record.version).toBe(2);
    expect(result.record.reflections).toEqual(v1.reflections);
    expect(result.record.checks).toEqual(v1.checks);
    expect(result.record.activities).toEqual(v1.activities);
    expect(result.record.cpd).toEqual({});
    expect(result.record.runs).toEqual({});
    expect(result.record.profile).toBeNull();
    expect(result.record.clearedAt).toBe(0);
  });

  it('counts a module as visited from its first to its last saved item, but not as completed', () => {
    const parsed = parse(recordV1Schema('stored'), v1);
    if (!parsed.ok) throw new Error('version 1 record did not parse');
    const record = migrateV1toV2(parsed.value);
    expect(record.modules['trajectories']).toEqual({
      firstVisitedAt: 1_700_000_000_000,
      lastVisitedAt: 1_700_000_300_000,
      completedAt: null,
      completionChangedAt: 0,
      updatedAt: 1_700_000_300_000,
    });
    expect(Object.keys(record.modules).sort()).toEqual(['activity-theory', 'knowing-who', 'trajectories']);
  });

  it('makes version-1 timestamps whole and in range', () => {
    const result = parseRecord(
      {
        version: 1,
        reflections: { k: { text: 'x', updatedAt: 12.6 }, n: { text: 'y', updatedAt: -5 } },
        checks: {},
        activities: {},
      },
      'stored',
    );
    expect(result.ok && result.record.reflections).toEqual({ k: { text: 'x', updatedAt: 13 }, n: { text: 'y', updatedAt: 0 } });
  });

  it('keeps an activity map whose tensions are partly damaged (stored data), dropping only the bad tension', () => {
    const damaged = structuredClone(v1) as Record<string, any>;
    damaged.activities['modules/activity-theory/#my-team'].contradictions.push({ from: 'nowhere', to: 'object', note: 'x' });
    damaged.activities['modules/activity-theory/#my-team'].nodes.tools = 7;
    const result = parseRecord(damaged, 'stored');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lossy).toBe(true);
    const map = result.record.activities['modules/activity-theory/#my-team'];
    expect(map?.contradictions).toEqual([{ from: 'rules', to: 'object', note: 'Delays help' }]);
    expect(map?.nodes.object).toBe('Kai back in school');
    expect(map?.nodes.tools).toBe('');
  });

  it('a stored version-1 record opens as version 2 and is written back as version 2 on the next change', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, JSON.stringify(v1));
    const store = createStore(storage);
    expect(store.read().reflections['modules/knowing-who/#limits']?.text).toBe('Unsure about the MASH.');
    expect(JSON.parse(storage.items.get(RECORD_KEY)!).version).toBe(1);
    saveReflection(store, 'modules/trajectories/#next-transition', 'Year 6 to 7', 1_700_000_900_000, 'Which transition?');
    const saved = JSON.parse(storage.items.get(RECORD_KEY)!);
    expect(saved.version).toBe(2);
    expect(saved.reflections['modules/trajectories/#whose-window'].text).toBe('Learning is clear to me; family is hidden.');
    expect(saved.reflections['modules/trajectories/#next-transition']).toEqual({
      text: 'Year 6 to 7',
      prompt: 'Which transition?',
      updatedAt: 1_700_000_900_000,
    });
    expect(store.status().kind).toBe('ok');
  });
});

describe('version 2', () => {
  it('reads back what it writes, unchanged', () => {
    const record = { ...emptyRecord(5), profile: { displayName: 'Sam', updatedAt: 6 } };
    const result = parseRecord(JSON.parse(JSON.stringify(record)), 'import');
    expect(result.ok && result.record).toEqual(record);
    expect(result.ok && result.lossy).toBe(false);
  });

  it('fills parts a hand-made file leaves out', () => {
    const result = parseRecord({ version: 2 }, 'import');
    expect(result.ok && result.record).toEqual(emptyRecord());
  });
});

describe('versions it cannot read', () => {
  it('reports a missing, odd or future version', () => {
    expect(parseRecord({ reflections: {} }, 'stored')).toMatchObject({ ok: false, reason: 'no-version' });
    expect(parseRecord({ version: 1.5 }, 'stored')).toMatchObject({ ok: false, reason: 'no-version' });
    expect(parseRecord({ version: 3 }, 'stored')).toMatchObject({ ok: false, reason: 'future-version', version: 3 });
    expect(parseRecord('text', 'stored')).toMatchObject({ ok: false, reason: 'not-object' });
  });
});
