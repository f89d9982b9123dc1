import { emptyRecord, mergeRecords, sanitiseRecord, type LearnerRecord } from './record';

/** The part of the Web Storage API the store needs; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RECORD_KEY = 'cb:record';
export const BACKUP_KEY = 'cb:record:backup';

export type StoreStatus =
  | { kind: 'ok' }
  /** Storage is missing or refuses access (private mode, blocked): the record lives in memory only. */
  | { kind: 'memory-only' }
  /** The last write hit the quota: the record is intact in memory; the learner should export it. */
  | { kind: 'quota' }
  /** Saved data could not be read; the raw text was kept under BACKUP_KEY. */
  | { kind: 'recovered' };

export interface RecordStore {
  read(): LearnerRecord;
  /** Applies a change to the freshest stored copy, so another tab's writes are merged, not overwritten. */
  update(change: (record: LearnerRecord) => LearnerRecord): LearnerRecord;
  status(): StoreStatus;
}

/**
 * A store over any Web-Storage-like object. It never throws at the learner: unreadable data is
 * backed up before anything replaces it, and a failing storage degrades to memory.
 */
export function createStore(storage: StorageLike | undefined): RecordStore {
  let memory = emptyRecord();
  let status: StoreStatus = storage ? { kind: 'ok' } : { kind: 'memory-only' };

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
    let parsed: LearnerRecord | undefined;
    try {
      parsed = sanitiseRecord(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (!parsed) {
      try {
        storage.setItem(BACKUP_KEY, raw);
      } catch {
        /* the backup is best effort; the in-memory record is still kept */
      }
      status = { kind: 'recovered' };
      return memory;
    }
    return mergeRecords(memory, parsed);
  }

  return {
    read() {
      memory = load();
      return memory;
    },
    update(change) {
      memory = change(load());
      if (storage && status.kind !== 'memory-only') {
        try {
          storage.setItem(RECORD_KEY, JSON.stringify(memory));
          if (status.kind === 'quota') status = { kind: 'ok' };
        } catch (error) {
          status = isQuotaError(error) ? { kind: 'quota' } : { kind: 'memory-only' };
        }
      }
      return memory;
    },
    status: () => status,
  };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
