import { describe, expect, it } from 'vitest';
import { formerKeyToday, KEY_PREFIX, moveFormerKeys, type ListableStorage } from '../../../src/storage/keys';

/** A browser's storage in memory: it lists its keys and, when `full`, refuses every write. */
function storageOf(entries: [string, string][], full = false): ListableStorage & { items: Map<string, string> } {
  const items = new Map(entries);
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
  };
}

describe('one prefix for everything the course keeps', () => {
  it("moves what an earlier version kept to today's keys, and leaves other sites' keys alone", () => {
    const storage = storageOf([
      ['crossing-boundaries:room:sami', '{"room":1}'],
      ['crossing-boundaries:xapi-actor', 'id-1'],
      ['cb-theme', 'dark'],
      ['cb:record', '{"mine":true}'],
      ['another-site', 'theirs'],
    ]);
    moveFormerKeys(storage);
    expect(Object.fromEntries(storage.items)).toEqual({
      'cb:room:sami': '{"room":1}',
      'cb:xapi-actor': 'id-1',
      'cb:theme': 'dark',
      'cb:record': '{"mine":true}',
      'another-site': 'theirs',
    });
    expect([...storage.items.keys()].filter((k) => k !== 'another-site').every((k) => k.startsWith(KEY_PREFIX))).toBe(true);
  });

  it("keeps today's value when both are there, and drops the old one", () => {
    const storage = storageOf([
      ['cb:mirror', 'today'],
      ['crossing-boundaries:mirror', 'old'],
    ]);
    moveFormerKeys(storage);
    expect(Object.fromEntries(storage.items)).toEqual({ 'cb:mirror': 'today' });
  });

  it('loses nothing when storage is too full to move a value: it stays under the old key', () => {
    const storage = storageOf([['crossing-boundaries:room:sami', '{"room":1}']], true);
    moveFormerKeys(storage);
    expect(Object.fromEntries(storage.items)).toEqual({ 'crossing-boundaries:room:sami': '{"room":1}' });
  });

  it("names today's key for each former one, and nothing for the rest", () => {
    expect(formerKeyToday('crossing-boundaries:presenter-notes')).toBe('cb:presenter-notes');
    expect(formerKeyToday('cb-theme')).toBe('cb:theme');
    expect(formerKeyToday('cb:record')).toBeNull();
    expect(formerKeyToday('pagefind-something')).toBeNull();
  });
});
