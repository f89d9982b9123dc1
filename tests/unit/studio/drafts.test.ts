import { describe, expect, it } from 'vitest';
import { DraftStore, draftName, STUDIO_DRAFTS_KEY } from '../../../src/studio/drafts';
import { FakeStorage } from '../record/fake-storage';

/** Storage whose keys can be listed, as the browser's can. */
class ListableFake extends FakeStorage {
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}

function store(storage: FakeStorage = new ListableFake()) {
  let clock = 1_000;
  let n = 0;
  return {
    storage,
    drafts: new DraftStore(
      storage,
      () => (clock += 1000),
      () => `d${++n}`,
    ),
  };
}

describe('studio drafts', () => {
  it('keeps each draft under its own key, lists them newest first and remembers the one open', () => {
    const { drafts } = store();
    const a = drafts.create('id: a\ntitle: "First"\n');
    const b = drafts.create('id: b\n');
    expect(a.outcome).toBe('saved');
    expect(drafts.list().map((d) => [d.id, d.name])).toEqual([
      [b.id, 'b'],
      [a.id, 'First'],
    ]);
    expect(drafts.lastOpen()).toBe(b.id);
    drafts.save(a.id, 'id: a\ntitle: Renamed\n');
    expect(drafts.list()[0]).toMatchObject({ id: a.id, name: 'Renamed' });
    expect(drafts.read(a.id)).toBe('id: a\ntitle: Renamed\n');
    expect(drafts.lastOpen()).toBe(a.id);
  });

  it('does not drop a draft another tab saved in the meantime', () => {
    const storage = new FakeStorage();
    const one = store(storage).drafts;
    const two = new DraftStore(
      storage,
      () => 5_000,
      () => 'other',
    );
    const mine = one.create('id: mine\n');
    two.create('id: theirs\n');
    one.save(mine.id, 'id: mine\ntitle: More\n');
    expect(
      one
        .list()
        .map((d) => d.id)
        .sort(),
    ).toEqual(['d1', 'other']);
  });

  it('says when storage is full, and keeps the earlier save', () => {
    const { storage, drafts } = store();
    const { id } = drafts.create('id: a\n');
    storage.failWith = 'QuotaExceededError';
    expect(drafts.save(id, 'id: a\ntitle: longer\n')).toBe('full');
    storage.failWith = undefined;
    expect(drafts.read(id)).toBe('id: a\n');
  });

  it('finds every draft again when its list is damaged', () => {
    const { storage, drafts } = store();
    const a = drafts.create('id: a\n');
    const b = drafts.create('title: "Bee"\n');
    storage.setItem(STUDIO_DRAFTS_KEY, '{not json');
    expect(
      drafts
        .list()
        .map((d) => [d.id, d.name])
        .sort(),
    ).toEqual([
      [a.id, 'a'],
      [b.id, 'Bee'],
    ]);
  });

  it('removes a draft and its text', () => {
    const { drafts } = store();
    const { id } = drafts.create('id: a\n');
    drafts.remove(id);
    expect(drafts.list()).toEqual([]);
    expect(drafts.read(id)).toBeNull();
    expect(drafts.lastOpen()).toBeNull();
  });

  it('names a draft by its title, else its id', () => {
    expect(draftName('id: x\ntitle: "Nia: the first term" # note\n')).toBe('Nia: the first term');
    expect(draftName('id: x\n')).toBe('x');
    expect(draftName('')).toBe('Untitled draft');
  });
});
