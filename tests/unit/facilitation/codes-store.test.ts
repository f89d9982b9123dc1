import { describe, expect, it } from 'vitest';
import { keepCodes, keptCodes } from '../../../src/facilitation/codes-store';
import { MIRROR_KEY } from '../../../src/storage/keys';
import { FakeStorage } from '../record/fake-storage';

// Codes are kept as pasted, bad ones included, so these need not be real codes.
const pasted = ['CB1.sami.1.abc.def', 'not a code', 'CB1.sami.1.abc.def'];

describe('the mirror data page’s codes in this browser', () => {
  it('keeps pasted codes, repeats and bad ones included, for the next visit', () => {
    const storage = new FakeStorage();
    expect(keepCodes(storage, pasted)).toBe(true);
    expect(keptCodes(storage)).toEqual(pasted);
  });

  it('forgets them all when the codes are cleared', () => {
    const storage = new FakeStorage();
    keepCodes(storage, pasted);
    expect(keepCodes(storage, [])).toBe(true);
    expect(storage.items.has(MIRROR_KEY)).toBe(false);
    expect(keptCodes(storage)).toEqual([]);
  });

  it('says the codes are not kept when storage is full, and keeps the last list that fitted', () => {
    const storage = new FakeStorage();
    keepCodes(storage, pasted.slice(0, 1));
    storage.failWith = 'QuotaExceededError';
    expect(keepCodes(storage, pasted)).toBe(false);
    expect(keptCodes(storage)).toEqual(pasted.slice(0, 1));
  });

  it('says the codes are not kept, and starts empty, when storage is blocked or refuses to be read', () => {
    expect(keepCodes(undefined, pasted)).toBe(false);
    expect(keptCodes(undefined)).toEqual([]);
    const refusing = new FakeStorage();
    refusing.items.set(MIRROR_KEY, JSON.stringify({ format: 1, codes: pasted }));
    refusing.failWith = 'SecurityError';
    expect(keptCodes(refusing)).toEqual([]);
    expect(keepCodes(refusing, pasted)).toBe(false);
  });
});
