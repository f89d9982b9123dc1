import { describe, expect, it } from 'vitest';
import {
  addCpdEntry,
  cpdTotals,
  deleteCpdEntry,
  editCpdEntry,
  liveCpdEntries,
  validateCpdForm,
  type CpdForm,
} from '../../../src/record/cpd';
import { completeModule, moduleState, uncompleteModule, visitModule } from '../../../src/record/module-progress';
import { emptyRecord } from '../../../src/record/record';

const form: CpdForm = {
  date: '2025-03-14',
  title: '  Safeguarding update  ',
  type: 'training',
  minutes: '90',
  did: ' Attended ',
  learned: '',
  impact: '',
};
const module = { id: 'trajectories', title: 'Trajectories', minutes: 45 };

describe('the CPD form', () => {
  it('accepts a complete entry and tidies spaces', () => {
    expect(validateCpdForm(form)).toEqual({
      ok: true,
      value: {
        date: '2025-03-14',
        title: 'Safeguarding update',
        type: 'training',
        minutes: 90,
        did: 'Attended',
        learned: '',
        impact: '',
      },
    });
  });

  it('says what is wrong with each field', () => {
    const result = validateCpdForm({ ...form, date: '2025-02-30', title: ' ', type: 'party' as CpdForm['type'], minutes: '1.5' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['date', 'minutes', 'title', 'type']);
    expect(result.errors.minutes).toMatch(/whole minutes/);
    expect(validateCpdForm({ ...form, minutes: '' }).ok).toBe(false);
    expect(validateCpdForm({ ...form, minutes: '-5' }).ok).toBe(false);
    expect(validateCpdForm({ ...form, minutes: '100001' }).ok).toBe(false);
  });

  it('refuses notes longer than the record keeps, saying by how much, and never cuts them', () => {
    const result = validateCpdForm({ ...form, learned: 'x'.repeat(100_010) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.learned).toMatch(/This is 10 characters over the 100,000 the record keeps in one box/);
    expect(validateCpdForm({ ...form, learned: 'x'.repeat(100_000) }).ok).toBe(true);
  });
});

describe('CPD entries', () => {
  const input = { date: '2025-03-14', title: 'Reading', type: 'reading' as const, minutes: 30, did: '', learned: '', impact: '' };

  it('adds, edits and deletes, newest first', () => {
    let record = addCpdEntry(emptyRecord(), 'a', input, 1);
    record = addCpdEntry(record, 'b', { ...input, date: '2025-04-01' }, 2);
    expect(liveCpdEntries(record).map((e) => e.id)).toEqual(['b', 'a']);
    record = editCpdEntry(record, 'a', { ...input, title: 'Reading, again' }, 3);
    expect(record.cpd['a']).toMatchObject({ title: 'Reading, again', edited: true, createdAt: 1, updatedAt: 3 });
    record = deleteCpdEntry(record, 'b', 4);
    expect(liveCpdEntries(record).map((e) => e.id)).toEqual(['a']);
    expect(editCpdEntry(record, 'b', input, 5)).toBe(record);
  });

  it('lists the latest day first, then the entry made last, across months and years', () => {
    let record = emptyRecord();
    const days: [string, string, number][] = [
      ['a', '2024-12-31', 1],
      ['b', '2025-10-02', 2],
      ['c', '2025-01-01', 3],
      ['d', '2025-09-30', 4],
      ['e', '2025-10-02', 5],
    ];
    for (const [id, date, at] of days) record = addCpdEntry(record, id, { ...input, date }, at);
    expect(liveCpdEntries(record).map((e) => e.id)).toEqual(['e', 'b', 'd', 'c', 'a']);
  });

  it('totals minutes this calendar year and overall', () => {
    let record = addCpdEntry(emptyRecord(), 'a', input, 1);
    record = addCpdEntry(record, 'b', { ...input, date: '2024-12-31', minutes: 60 }, 2);
    expect(cpdTotals(liveCpdEntries(record), new Date(2025, 5, 1).getTime())).toEqual({ year: 2025, thisYear: 30, overall: 90 });
  });
});

describe('module completion', () => {
  it('records visits', () => {
    let record = visitModule(emptyRecord(), 'trajectories', 10);
    record = visitModule(record, 'trajectories', 20);
    expect(record.modules['trajectories']).toMatchObject({ firstVisitedAt: 10, lastVisitedAt: 20, completedAt: null });
    expect(moduleState(record, 'trajectories')).toBe('started');
    expect(moduleState(record, 'knowing-who')).toBe('not-started');
  });

  it('makes one automatic CPD entry with the module’s minutes, however often it is marked', () => {
    let record = completeModule(emptyRecord(), module, new Date(2025, 2, 14, 10).getTime());
    record = completeModule(record, module, new Date(2025, 2, 15).getTime());
    expect(moduleState(record, 'trajectories')).toBe('completed');
    const entries = liveCpdEntries(record);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Trajectories',
      minutes: 45,
      type: 'module',
      origin: 'module',
      sourceId: 'trajectories',
      date: '2025-03-14',
    });
  });

  it('undo removes the automatic entry, unless the learner wrote in it', () => {
    const done = completeModule(emptyRecord(), module, 10);
    const undone = uncompleteModule(done, 'trajectories', 20);
    expect(undone.keptEntry).toBe(false);
    expect(liveCpdEntries(undone.record)).toEqual([]);
    expect(moduleState(undone.record, 'trajectories')).toBe('started');

    const entry = liveCpdEntries(done)[0]!;
    const written = editCpdEntry(done, entry.id, { ...entry, impact: 'I now ring the health visitor first.' }, 15);
    const kept = uncompleteModule(written, 'trajectories', 20);
    expect(kept.keptEntry).toBe(true);
    expect(liveCpdEntries(kept.record)[0]?.impact).toBe('I now ring the health visitor first.');

    const again = completeModule(undone.record, module, 30);
    expect(liveCpdEntries(again)).toHaveLength(1);
  });
});
