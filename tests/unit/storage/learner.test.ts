import { describe, expect, it } from 'vitest';
import { BRIDGE_KEY, findBridge, learnerPrefix, prefixedStorage } from '../../../src/storage/learner';
import { createStore, RECORD_KEY } from '../../../src/record/store';
import type { StorageLike } from '../../../src/storage/local';
import { completeModule } from '../../../src/record/module-progress';

const memory = (): StorageLike & { keys(): string[] } => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
};

describe('learners sharing one computer inside an LMS', () => {
  it('keeps each learner’s record under their own keys, and outside an LMS the usual ones', () => {
    const storage = memory();
    const ana = createStore(prefixedStorage(storage, learnerPrefix('ana@uni.ac.uk')));
    const ben = createStore(prefixedStorage(storage, learnerPrefix('ben@uni.ac.uk')));
    ana.update((r) => completeModule(r, { id: 'knowing-who', title: 'Knowing who', minutes: 60 }, 1000));
    expect(ben.read().modules).toEqual({});
    expect(ana.refresh().modules['knowing-who']?.completedAt).toBe(1000);
    expect(createStore(storage).read().modules).toEqual({});
    // Only a hash of the id is kept.
    expect(storage.keys().join(' ')).not.toContain('ana');
    expect(learnerPrefix('')).toBe('');
    expect(learnerPrefix('  ')).toBe('');
    expect(prefixedStorage(storage, '')).toBe(storage);
    expect(learnerPrefix('ana@uni.ac.uk')).not.toBe(learnerPrefix('ben@uni.ac.uk'));
    expect(storage.keys()).toContain(`${learnerPrefix('ana@uni.ac.uk')}${RECORD_KEY}`);
  });
});

describe('a course page finding the launch page above it', () => {
  it('finds the bridge on a window above, and none on a plain site', () => {
    const top: Record<string, unknown> = {};
    top['parent'] = top;
    const launch = { parent: top, [BRIDGE_KEY]: { storagePrefix: 'cb:lms:x:' } };
    const course = { parent: launch };
    expect(findBridge(course)).toEqual({ storagePrefix: 'cb:lms:x:' });
    expect(findBridge(top)).toBeNull();
  });

  it('stops at a window of another origin, and ignores a look-alike', () => {
    const foreign = {
      get parent(): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get [BRIDGE_KEY](): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findBridge({ parent: foreign })).toBeNull();
    expect(findBridge({ parent: { [BRIDGE_KEY]: { storagePrefix: 42 } } })).toBeNull();
  });
});
