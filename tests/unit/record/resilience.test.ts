import { describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY, RECORD_KEY, backupKey, createStore } from '../../../src/record/store';
import { saveReflection } from '../../../src/record/reflections';
import { emptyRecord } from '../../../src/record/record';
import { FakeStorage } from './fake-storage';

describe('corrupt saved data', () => {
  it('keeps the raw text as a backup, offers it for download, and starts afresh', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, 'not json at all {');
    const store = createStore(storage);
    expect(store.read()).toEqual(emptyRecord());
    expect(store.status()).toEqual({ kind: 'recovered', reason: 'unreadable' });
    expect(store.backups()).toEqual([{ key: BACKUP_KEY, text: 'not json at all {' }]);
  });

  it('never overwrites an earlier backup with a later one', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, 'first damage');
    createStore(storage).read();
    storage.items.set(RECORD_KEY, 'second damage');
    const store = createStore(storage);
    store.read();
    expect(storage.items.get(BACKUP_KEY)).toBe('first damage');
    expect(storage.items.get(backupKey(1))).toBe('second damage');
    expect(store.backups().map((b) => b.text)).toEqual(['first damage', 'second damage']);
  });

  it('does not back up the same damaged text twice', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, 'damage');
    createStore(storage).read();
    createStore(storage).read();
    expect(storage.items.get(backupKey(1))).toBeUndefined();
  });

  it('leaves the damaged text in place, and works in memory, when the backup itself cannot be written', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, 'damage');
    storage.quotaBytes = 10;
    const store = createStore(storage);
    saveReflection(store, 'k', 'typed', 1);
    expect(store.status().kind).toBe('memory-only');
    expect(storage.items.get(RECORD_KEY)).toBe('damage');
    expect(store.read().reflections['k']?.text).toBe('typed');
    expect(store.backups()).toEqual([{ key: null, text: 'damage' }]);
  });

  it('keeps a backup when only part of the data is unreadable, and the readable part', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 2, reflections: { good: { text: 'kept', updatedAt: 1 }, bad: { text: 'no time' } } });
    storage.items.set(RECORD_KEY, raw);
    const store = createStore(storage);
    expect(Object.keys(store.read().reflections)).toEqual(['good']);
    expect(store.status()).toEqual({ kind: 'recovered', reason: 'partly-unreadable' });
    expect(storage.items.get(BACKUP_KEY)).toBe(raw);
  });

  it('treats a record from a newer version of the course as unreadable here, and keeps it', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ version: 7, reflections: {} });
    storage.items.set(RECORD_KEY, raw);
    const store = createStore(storage);
    store.read();
    expect(store.status()).toEqual({ kind: 'recovered', reason: 'newer-version' });
    expect(storage.items.get(BACKUP_KEY)).toBe(raw);
  });

  it('removes backups when the learner asks', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, 'damage');
    const store = createStore(storage);
    store.read();
    store.discardBackups();
    expect(store.backups()).toEqual([]);
    expect(store.status().kind).toBe('ok');
  });
});

describe('storage that fails', () => {
  it('quota: keeps everything in memory, says so, and writes it all once there is room', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    saveReflection(store, 'small', 'fits', 1);
    storage.quotaBytes = 200;
    saveReflection(store, 'big', 'x'.repeat(500), 2);
    expect(store.status().kind).toBe('quota');
    expect(store.read().reflections['big']?.text).toHaveLength(500);
    expect(JSON.parse(storage.items.get(RECORD_KEY)!).reflections.big).toBeUndefined();
    storage.quotaBytes = Infinity;
    saveReflection(store, 'after', 'room again', 3);
    expect(store.status().kind).toBe('ok');
    expect(JSON.parse(storage.items.get(RECORD_KEY)!).reflections.big.text).toHaveLength(500);
  });

  it('unavailable: reads that throw put the store in memory, and it keeps working', () => {
    const storage = new FakeStorage();
    storage.failWith = 'SecurityError';
    const store = createStore(storage);
    saveReflection(store, 'k', 'kept in memory', 1);
    store.update((r) => ({ ...r, profile: { displayName: 'Sam', updatedAt: 2 } }));
    expect(store.status().kind).toBe('memory-only');
    expect(store.read().reflections['k']?.text).toBe('kept in memory');
    expect(store.read().profile?.displayName).toBe('Sam');
    expect(store.backups()).toEqual([]);
  });

  it('a write that fails for another reason also falls back to memory', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    storage.failWith = 'InvalidStateError';
    saveReflection(store, 'k', 'x', 1);
    expect(store.status().kind).toBe('memory-only');
    expect(store.read().reflections['k']?.text).toBe('x');
  });
});

describe('notifications', () => {
  it('tells subscribers about its own changes and, on refresh, about another tab’s', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    const seen = vi.fn();
    const unsubscribe = tabB.subscribe(seen);
    saveReflection(tabB, 'mine', 'b', 1);
    expect(seen).toHaveBeenCalledTimes(1);
    saveReflection(tabA, 'theirs', 'a', 2);
    const refreshed = tabB.refresh();
    expect(refreshed.reflections['theirs']?.text).toBe('a');
    expect(seen).toHaveBeenLastCalledWith(refreshed);
    unsubscribe();
    saveReflection(tabB, 'more', 'c', 3);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('replace writes the given record without merging what it held', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    saveReflection(store, 'k', 'x', 1);
    store.replace(emptyRecord(5));
    expect(createStore(storage).read()).toEqual(emptyRecord(5));
    expect(store.read()).toEqual(emptyRecord(5));
  });
});
