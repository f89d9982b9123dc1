import { emptyRecord, type LearnerRecord } from './record';
import { mergeRecords } from './merge';
import { parseRecord } from './migrate';

import { KEY_PREFIX } from '../storage/keys';
import { isQuotaError, type StorageLike } from '../storage/local';

export type { StorageLike };

export const RECORD_KEY = `${KEY_PREFIX}record`;
export const BACKUP_KEY = `${KEY_PREFIX}record:backup`;
/** Backups beyond the first go to `cb:record:backup:1` … `:9`, so an older one is never overwritten. */
const MAX_BACKUPS = 10;

export function backupKey(index: number): string {
  return index === 0 ? BACKUP_KEY : `${BACKUP_KEY}:${index}`;
}

export type StoreStatus =
  | { kind: 'ok' }
  /** Storage is missing or refuses access (private mode, blocked): the record lives in memory only. */
  | { kind: 'memory-only' }
  /** The last write hit the quota: the record is intact in memory; the learner should export it. */
  | { kind: 'quota' }
  /** Saved data could not be read (all or part of it); the raw text was kept as a backup. */
  | { kind: 'recovered'; reason: 'unreadable' | 'partly-unreadable' | 'newer-version' };

/** Raw text kept because it could not be read. `key` is null when storage refused to hold it. */
export interface Backup {
  key: string | null;
  text: string;
}

export interface RecordStore {
  read(): LearnerRecord;
  /** Applies a change to the freshest stored copy, so another tab's writes are merged, not overwritten. */
  update(change: (record: LearnerRecord) => LearnerRecord): LearnerRecord;
  /** Replaces the whole record without merging (delete all, import replacing). Give it a new `clearedAt`. */
  replace(record: LearnerRecord): LearnerRecord;
  status(): StoreStatus;
  /** Unreadable data kept so the learner can download it. */
  backups(): Backup[];
  /** Deletes the kept backups (after the learner has downloaded them, or on "delete all"). */
  discardBackups(): void;
  /** Called after every change this store makes or sees (backups included); returns an unsubscribe function. */
  subscribe(listener: (record: LearnerRecord) => void): () => void;
  /** Re-reads storage (another tab wrote) and tells the subscribers. */
  refresh(): LearnerRecord;
  /** The stored text as it is now: null when there is none or storage cannot be read. */
  storedText(): string | null;
  /**
   * Takes `record` as what `raw` reads as, so that reading that same text next does not check it
   * again. Only for what parseRecord(JSON.parse(raw), 'stored') returned, read completely (ok, not
   * lossy): the record page has that done off its main thread (record/check-off-thread.ts).
   */
  adoptChecked(raw: string, record: LearnerRecord): void;
}

/** Whether two values hold the same data, whatever order their fields were written in. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
    return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameContent((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * A store over any Web-Storage-like object. It never throws at the learner: unreadable data is
 * backed up before anything replaces it, and a failing storage degrades to memory.
 */
export function createStore(storage: StorageLike | undefined): RecordStore {
  let memory = emptyRecord();
  let status: StoreStatus = storage ? { kind: 'ok' } : { kind: 'memory-only' };
  /** The last raw text read, and what it parsed to, so a keystroke does not re-validate everything. */
  let lastRaw: string | null = null;
  let lastParsed: LearnerRecord | undefined;
  /** Unreadable text storage would not hold as a backup: kept here, and stored data is then left alone. */
  let unsavedBackup: string | undefined;
  /** Unreadable raw text already backed up, so it is not backed up again on every read. */
  const backedUp = new Set<string>();
  const listeners = new Set<(record: LearnerRecord) => void>();

  function notify() {
    for (const listener of listeners) listener(memory);
  }

  function keepBackup(raw: string): boolean {
    if (!storage || backedUp.has(raw)) return true;
    try {
      for (let i = 0; i < MAX_BACKUPS; i++) {
        const existing = storage.getItem(backupKey(i));
        if (existing === raw) break;
        if (existing === null) {
          storage.setItem(backupKey(i), raw);
          break;
        }
        if (i === MAX_BACKUPS - 1) throw new Error('no free backup slot');
      }
      backedUp.add(raw);
      return true;
    } catch {
      unsavedBackup = raw;
      return false;
    }
  }

  function load(): LearnerRecord {
    if (!storage || status.kind === 'memory-only') return memory;
    let raw: string | null;
    try {
      raw = storage.getItem(RECORD_KEY);
    } catch {
      status = { kind: 'memory-only' };
      return memory;
    }
    if (raw === null) return memory;
    if (raw === lastRaw && lastParsed) return mergeRecords(memory, lastParsed);

    let value: unknown;
    let outcome: ReturnType<typeof parseRecord>;
    try {
      value = JSON.parse(raw);
      outcome = parseRecord(value, 'stored');
    } catch {
      outcome = { ok: false, reason: 'not-object' };
    }
    if (outcome.ok) {
      if (outcome.lossy) {
        // Some item was damaged: keep the whole text, then carry on with what could be read.
        status = keepBackup(raw) ? { kind: 'recovered', reason: 'partly-unreadable' } : { kind: 'memory-only' };
      }
      lastRaw = raw;
      lastParsed = outcome.record;
      return mergeRecords(memory, outcome.record);
    }
    const saved = keepBackup(raw);
    // Never write over text we could not keep a copy of.
    status = saved
      ? { kind: 'recovered', reason: outcome.reason === 'future-version' ? 'newer-version' : 'unreadable' }
      : { kind: 'memory-only' };
    return memory;
  }

  function write() {
    if (!storage || status.kind === 'memory-only') return;
    const raw = JSON.stringify(memory);
    try {
      storage.setItem(RECORD_KEY, raw);
      lastRaw = raw;
      lastParsed = memory;
      if (status.kind === 'quota') status = { kind: 'ok' };
    } catch (error) {
      status = isQuotaError(error) ? { kind: 'quota' } : { kind: 'memory-only' };
    }
  }

  return {
    read() {
      memory = load();
      return memory;
    },
    update(change) {
      memory = change(load());
      write();
      notify();
      return memory;
    },
    replace(record) {
      memory = record;
      write();
      notify();
      return memory;
    },
    status: () => status,
    backups() {
      const found: Backup[] = [];
      if (storage) {
        for (let i = 0; i < MAX_BACKUPS; i++) {
          try {
            const text = storage.getItem(backupKey(i));
            if (text !== null) found.push({ key: backupKey(i), text });
          } catch {
            break;
          }
        }
      }
      if (unsavedBackup !== undefined && !found.some((b) => b.text === unsavedBackup))
        found.push({ key: null, text: unsavedBackup });
      return found;
    },
    discardBackups() {
      unsavedBackup = undefined;
      if (!storage) return;
      for (let i = 0; i < MAX_BACKUPS; i++) {
        try {
          storage.removeItem(backupKey(i));
        } catch {
          /* nothing more can be done; the next read shows what is left */
        }
      }
      if (status.kind === 'recovered') status = { kind: 'ok' };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh() {
      memory = load();
      // Another tab wrote a copy without something only this tab has (browsers pass storage
      // between tabs' processes with a delay, so a tab can write before it has seen ours): put it back.
      // Compared by content, not by text: two tabs can write the same record with fields in another
      // order, and comparing text made them write it back to each other without end.
      if (lastParsed !== undefined && !sameContent(memory, lastParsed)) write();
      notify();
      return memory;
    },
    storedText() {
      if (!storage || status.kind === 'memory-only') return null;
      try {
        return storage.getItem(RECORD_KEY);
      } catch {
        return null;
      }
    },
    adoptChecked(raw, record) {
      lastRaw = raw;
      lastParsed = record;
    },
  };
}
