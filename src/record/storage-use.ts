import { browserStore } from './browser';
import { BACKUP_KEY, RECORD_KEY } from './store';
import { MIRROR_KEY, roomKey, XAPI_QUEUE_KEY } from '../storage/keys';

/*
 * What the course keeps in this browser's storage, and how much room each part takes, so that
 * when storage is full the learner is told the real cause and can free room the course itself
 * is using (codes pasted on the mirror page, a presenter's saved session) without touching
 * their own work.
 */

export interface StoredPart {
  key: string;
  label: string;
  /** Approximate bytes: browsers count storage in UTF-16 code units, two bytes each. */
  bytes: number;
  /** Whether the learner may clear it from the record page: never their own record. */
  clearable: boolean;
}

const parts: [test: (key: string) => boolean, label: (key: string) => string, clearable: boolean][] = [
  [(k) => k.endsWith(RECORD_KEY), () => 'Your learner record (reflections, progress, CPD log)', false],
  [(k) => k.includes(BACKUP_KEY), () => 'A copy of saved data that could not be read', false],
  [(k) => k === MIRROR_KEY, () => 'Result codes pasted on the mirror data page', true],
  [(k) => k.startsWith(roomKey('')), (k) => `A presenter's saved session (${k.split(':').pop()})`, true],
  [(k) => k === XAPI_QUEUE_KEY, () => 'Progress waiting to be sent to your organisation', false],
];

/** The course's parts of storage, largest first; keys of other sites on the same address are left out. */
export function storageUse(entries: Iterable<[key: string, value: string]>): StoredPart[] {
  const found: StoredPart[] = [];
  for (const [key, value] of entries) {
    const part = parts.find(([test]) => test(key));
    if (part) found.push({ key, label: part[1](key), bytes: 2 * (key.length + value.length), clearable: part[2] });
  }
  return found.sort((a, b) => b.bytes - a.bytes);
}

/** "366 KB" */
export function formatBytes(bytes: number): string {
  return bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What the course keeps in this browser, for the storage-full notice. */
export function courseStorageUse(): StoredPart[] {
  try {
    const storage = window.localStorage;
    return storageUse(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? '']));
  } catch {
    return [];
  }
}

/** Clears one part the learner chose to free (never their record), and tries the failed save again. */
export function clearStoredPart(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage that cannot be changed: the list will still show the part.
  }
  browserStore().update((record) => record);
}
