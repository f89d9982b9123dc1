import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, RECORD_KEY, createStore } from '../../../src/record/store';
import { saveReflection } from '../../../src/record/reflections';
import { saveCheck } from '../../../src/record/checks';
import { FakeStorage } from './fake-storage';

describe('learner record store', () => {
  it('saves a reflection and reads it back in a new store (a reload)', () => {
    const storage = new FakeStorage();
    saveReflection(createStore(storage), 'modules/a/#r1', 'I noticed', 1);
    expect(createStore(storage).read().reflections['modules/a/#r1']?.text).toBe('I noticed');
  });

  it('merges two tabs item by item: neither wipes what the other wrote', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    tabA.read();
    tabB.read();
    saveReflection(tabA, 'modules/a/#r1', 'from tab A', 10);
    saveReflection(tabB, 'modules/b/#r1', 'from tab B', 11);
    saveCheck(tabA, 'modules/a/#q1', 2, true, 12);
    const record = createStore(storage).read();
    expect(record.reflections['modules/a/#r1']?.text).toBe('from tab A');
    expect(record.reflections['modules/b/#r1']?.text).toBe('from tab B');
    expect(record.checks['modules/a/#q1']).toEqual({ answer: 2, correct: true, updatedAt: 12 });
  });

  it('puts back what another tab overwrote before it had seen it', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    tabA.read();
    saveReflection(tabA, 'modules/a/#r1', 'from tab A', 10);
    const seenByB = storage.items.get(RECORD_KEY)!;
    // Tab B writes from a copy that does not yet hold tab A's reflection, as a lagging browser can.
    storage.items.delete(RECORD_KEY);
    const tabB = createStore(storage);
    saveReflection(tabB, 'modules/b/#r1', 'from tab B', 11);
    expect(createStore(storage).read().reflections['modules/a/#r1']).toBeUndefined();
    // Tab A hears of B's write (the storage event) and writes back the union.
    tabA.refresh();
    const record = createStore(storage).read();
    expect(record.reflections['modules/a/#r1']?.text).toBe('from tab A');
    expect(record.reflections['modules/b/#r1']?.text).toBe('from tab B');
    expect(seenByB).toContain('from tab A');
  });

  it('does not write back a copy that differs only in the order of its fields (two tabs once did so without end)', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    tabA.read();
    tabB.read();
    saveReflection(tabA, 'modules/a/#r1', 'from tab A', 10, 'Why?', 0);
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes++;
      setItem(key, value);
    };
    // B hears of A's write, and A of B's: each holds nothing the other lacks.
    tabB.refresh();
    tabA.refresh();
    tabB.refresh();
    expect(writes).toBe(0);
  });

  it('keeps the newer copy when two tabs edit the same reflection', () => {
    const storage = new FakeStorage();
    saveReflection(createStore(storage), 'k', 'newer', 20);
    saveReflection(createStore(storage), 'k', 'older', 5);
    expect(createStore(storage).read().reflections['k']?.text).toBe('newer');
  });

  it('backs up unreadable saved data before starting afresh, and says so', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, '{"version":1,"reflections":{"k":{"text":"half a sen');
    const store = createStore(storage);
    expect(store.read().reflections).toEqual({});
    expect(store.status().kind).toBe('recovered');
    expect(storage.items.get(BACKUP_KEY)).toBe('{"version":1,"reflections":{"k":{"text":"half a sen');
    saveReflection(store, 'k2', 'new text', 1);
    expect(storage.items.get(BACKUP_KEY)).toContain('half a sen');
    expect(JSON.parse(storage.items.get(RECORD_KEY)!).reflections.k2.text).toBe('new text');
  });

  it('drops malformed items but keeps the well-formed ones', () => {
    const storage = new FakeStorage();
    storage.items.set(
      RECORD_KEY,
      JSON.stringify({ version: 1, reflections: { good: { text: 'kept', updatedAt: 1 }, bad: { text: 5 } }, checks: {} }),
    );
    expect(Object.keys(createStore(storage).read().reflections)).toEqual(['good']);
  });

  it('takes a record checked elsewhere for its stored text, and checks any other text itself', () => {
    const storage = new FakeStorage();
    saveReflection(createStore(storage), 'modules/a/#r1', 'as stored', 1);
    const raw = storage.items.get(RECORD_KEY)!;
    const store = createStore(storage);
    expect(store.storedText()).toBe(raw);
    // What a worker handed back for exactly this text is what the page reads.
    const checked = { ...JSON.parse(raw), reflections: { 'modules/a/#r1': { text: 'checked elsewhere', updatedAt: 1 } } };
    store.adoptChecked(raw, checked);
    expect(store.read().reflections['modules/a/#r1']?.text).toBe('checked elsewhere');
    // Once the stored text changes (another tab), it is read and checked again.
    saveReflection(createStore(storage), 'modules/a/#r1', 'written later', 2);
    expect(store.read().reflections['modules/a/#r1']?.text).toBe('written later');
  });

  it('has no stored text to offer when storage refuses access', () => {
    const storage = new FakeStorage();
    storage.items.set(RECORD_KEY, '{}');
    storage.failWith = 'SecurityError';
    expect(createStore(storage).storedText()).toBeNull();
  });

  it('works in memory, and says so, when storage refuses access', () => {
    const storage = new FakeStorage();
    storage.failWith = 'SecurityError';
    const store = createStore(storage);
    saveReflection(store, 'k', 'still here', 1);
    expect(store.read().reflections['k']?.text).toBe('still here');
    expect(store.status().kind).toBe('memory-only');
  });

  it('keeps the record in memory and reports a full quota, then recovers when space returns', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    storage.failWith = 'QuotaExceededError';
    saveReflection(store, 'k', 'typed while full', 1);
    expect(store.status().kind).toBe('quota');
    expect(store.read().reflections['k']?.text).toBe('typed while full');
    storage.failWith = undefined;
    saveReflection(store, 'k2', 'after', 2);
    expect(store.status().kind).toBe('ok');
    expect(JSON.parse(storage.items.get(RECORD_KEY)!).reflections.k.text).toBe('typed while full');
  });

  it('works with no storage at all', () => {
    const store = createStore(undefined);
    saveReflection(store, 'k', 'x', 1);
    expect(store.status().kind).toBe('memory-only');
    expect(store.read().reflections['k']?.text).toBe('x');
  });
});
