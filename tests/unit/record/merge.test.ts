import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../src/record/merge';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';
import { addCpdEntry, deleteCpdEntry, editCpdEntry } from '../../../src/record/cpd';
import { completeModule, uncompleteModule, visitModule } from '../../../src/record/module-progress';
import { createStore } from '../../../src/record/store';
import { FakeStorage } from './fake-storage';

const entry = { date: '2025-03-01', title: 'Reading', type: 'reading' as const, minutes: 30, did: '', learned: '', impact: '' };
const module = { id: 'trajectories', title: 'Trajectories', minutes: 45 };

function withReflection(record: LearnerRecord, key: string, text: string, at: number): LearnerRecord {
  return { ...record, reflections: { ...record.reflections, [key]: { text, updatedAt: at } } };
}

describe('merging two copies of the record', () => {
  it('keeps items only one side has, and the newer copy of items both have', () => {
    const a = withReflection(withReflection(emptyRecord(), 'r1', 'a newer', 20), 'only-a', 'a', 1);
    const b = withReflection(withReflection(emptyRecord(), 'r1', 'b older', 10), 'only-b', 'b', 1);
    const merged = mergeRecords(a, b);
    expect(merged.reflections).toEqual({
      r1: { text: 'a newer', updatedAt: 20 },
      'only-a': { text: 'a', updatedAt: 1 },
      'only-b': { text: 'b', updatedAt: 1 },
    });
    expect(mergeRecords(b, a).reflections).toEqual(merged.reflections);
  });

  it('merges every kind of item the same way', () => {
    const a = addCpdEntry(emptyRecord(), 'e-a', entry, 1);
    const b = { ...addCpdEntry(emptyRecord(), 'e-b', entry, 2), checks: { q: { answer: 1, correct: true, updatedAt: 3 } } };
    const merged = mergeRecords(a, b);
    expect(Object.keys(merged.cpd).sort()).toEqual(['e-a', 'e-b']);
    expect(merged.checks['q']?.answer).toBe(1);
  });

  it('lets a later edit of a CPD entry win over an earlier one', () => {
    const base = addCpdEntry(emptyRecord(), 'e', entry, 1);
    const a = editCpdEntry(base, 'e', { ...entry, title: 'Edited in A' }, 5);
    const b = editCpdEntry(base, 'e', { ...entry, title: 'Edited in B' }, 7);
    expect(mergeRecords(a, b).cpd['e']).toMatchObject({ title: 'Edited in B', edited: true });
  });

  it('keeps a deletion: a tab holding the old entry cannot bring it back', () => {
    const base = addCpdEntry(emptyRecord(), 'e', entry, 1);
    const deleted = deleteCpdEntry(base, 'e', 5);
    expect(mergeRecords(base, deleted).cpd['e']).toEqual({ id: 'e', deleted: true, updatedAt: 5 });
    expect(mergeRecords(deleted, base).cpd['e']).toEqual({ id: 'e', deleted: true, updatedAt: 5 });
  });

  it('combines module visits and takes completion from whichever copy changed it last', () => {
    const a = completeModule(visitModule(emptyRecord(), 'trajectories', 10), module, 30);
    const b = visitModule(visitModule(emptyRecord(), 'trajectories', 5), 'trajectories', 40);
    const merged = mergeRecords(a, b);
    expect(merged.modules['trajectories']).toEqual({
      firstVisitedAt: 5,
      lastVisitedAt: 40,
      completedAt: 30,
      completionChangedAt: 30,
      updatedAt: 40,
    });
    const undone = uncompleteModule(a, 'trajectories', 50).record;
    expect(mergeRecords(a, undone).modules['trajectories']?.completedAt).toBeNull();
    expect(mergeRecords(undone, a).modules['trajectories']?.completedAt).toBeNull();
  });

  it('after "delete all", keeps from an older copy only what was written after the deletion', () => {
    const old = withReflection(withReflection(emptyRecord(), 'before', 'typed before', 10), 'after', 'typed after', 30);
    const cleared = emptyRecord(20);
    const merged = mergeRecords(old, cleared);
    expect(merged.clearedAt).toBe(20);
    expect(Object.keys(merged.reflections)).toEqual(['after']);
    expect(mergeRecords(cleared, old)).toEqual(merged);
  });

  it('keeps the newer display name', () => {
    const a = { ...emptyRecord(), profile: { displayName: 'Sam', updatedAt: 1 } };
    const b = { ...emptyRecord(), profile: { displayName: 'Sam Okafor', updatedAt: 2 } };
    expect(mergeRecords(a, b).profile?.displayName).toBe('Sam Okafor');
    expect(mergeRecords(a, emptyRecord()).profile?.displayName).toBe('Sam');
  });
});

describe('two tabs sharing one storage', () => {
  it('never wipes what the other tab wrote, whatever the order of writes', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    tabA.read();
    tabB.read();
    tabA.update((r) => addCpdEntry(r, 'from-a', entry, 1));
    tabB.update((r) => withReflection(r, 'modules/a/#r', 'from B', 2));
    tabA.update((r) => completeModule(r, module, 3));
    tabB.update((r) => visitModule(r, 'knowing-who', 4));
    const record = createStore(storage).read();
    expect(Object.keys(record.cpd).sort()).toEqual(['auto-module-trajectories', 'from-a']);
    expect(record.reflections['modules/a/#r']?.text).toBe('from B');
    expect(record.modules['trajectories']?.completedAt).toBe(3);
    expect(record.modules['knowing-who']?.firstVisitedAt).toBe(4);
  });

  it('a tab that still holds the record from before "delete all" does not bring it back', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    tabA.update((r) => withReflection(r, 'old', 'old text', 1));
    tabB.read();
    tabA.replace(emptyRecord(10));
    tabB.update((r) => withReflection(r, 'new', 'typed in B after the deletion', 11));
    expect(Object.keys(createStore(storage).read().reflections)).toEqual(['new']);
  });
});
