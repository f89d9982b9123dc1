import type { StorageLike } from '../../../src/storage/local';

/**
 * An in-memory Web Storage that can be told to fail the way real browsers do: `SecurityError`
 * (private mode, blocked site data) fails every call; `QuotaExceededError` fails writes only.
 * `quotaBytes` fails writes once the stored text would pass that size, as a full disk does.
 */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  failWith: string | undefined;
  quotaBytes = Infinity;
  getItem(key: string) {
    if (this.failWith === 'SecurityError') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw Object.assign(new Error('failed'), { name: this.failWith });
    const size = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), key.length + value.length);
    if (size > this.quotaBytes) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.failWith === 'SecurityError') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    this.items.delete(key);
  }
}
