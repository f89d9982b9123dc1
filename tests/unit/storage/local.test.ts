import { afterEach, describe, expect, it } from 'vitest';
import { isQuotaError, localStorageOrNothing } from '../../../src/storage/local';

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

/** A window whose localStorage behaves as a browser's can: working, full, refusing, or blocked. */
function browserWith(storage: 'working' | 'full' | 'refusing' | 'blocked') {
  const items = new Map<string, string>([['cb:record', '{"saved":true}']]);
  const local = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (storage === 'full') throw quota();
      if (storage === 'refusing') throw new Error('SecurityError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
  };
  (globalThis as { window?: unknown }).window = {
    get localStorage() {
      if (storage === 'blocked') throw new Error('SecurityError');
      return local;
    },
  };
  return items;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('reaching the browser’s storage', () => {
  it('uses working storage and leaves no trace of its test write', () => {
    const items = browserWith('working');
    expect(localStorageOrNothing()?.getItem('cb:record')).toBe('{"saved":true}');
    expect([...items.keys()]).toEqual(['cb:record']);
  });

  it('still uses full storage, so saved work is read and shown', () => {
    browserWith('full');
    expect(localStorageOrNothing()?.getItem('cb:record')).toBe('{"saved":true}');
  });

  it('has nothing when the browser refuses writes for another reason, or blocks storage altogether', () => {
    browserWith('refusing');
    expect(localStorageOrNothing()).toBeUndefined();
    browserWith('blocked');
    expect(localStorageOrNothing()).toBeUndefined();
  });

  it('knows a full-storage error by the names browsers give it', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
