import { XAPI_QUEUE_KEY } from '../storage/keys';
import { isQuotaError, type StorageLike } from '../storage/local';
import type { PendingStatement, Statement } from './types';

/*
 * Statements waiting for the LRS, kept in localStorage so a learner offline at a training venue
 * loses nothing on reload: they go when the network comes back, oldest first.
 *
 * Stored under `cb:xapi-queue`, version 1:
 *   { version: 1,
 *     items:   [{ key, statement, attempts, due }],  // `due`: ms since 1970 when it may next be sent
 *     recent:  ["<key>", …],                          // keys queued lately, newest last, so two tabs
 *                                                     // that see the same change queue it once
 *     dropped: 0,                                     // left out because the queue was full
 *     rejected: 0 }                                   // refused by the LRS as malformed
 *
 * Every operation re-reads storage and writes back, so tabs share one queue. Nothing here throws:
 * damaged text is replaced by an empty queue (statements are derived data; the learner record is
 * untouched), and storage that refuses to be used leaves the queue in memory for this page.
 */

export interface QueuedStatement {
  key: string;
  statement: Statement;
  /** Failed attempts so far. */
  attempts: number;
  /** When it may next be sent. */
  due: number;
}

interface QueueState {
  version: 1;
  items: QueuedStatement[];
  recent: string[];
  dropped: number;
  rejected: number;
}

export interface QueueOptions {
  /** Most statements kept; the oldest go first when more arrive. */
  maxItems?: number;
  /** How many keys are remembered after their statement has gone. */
  maxRecent?: number;
  /** First retry delay, doubled after each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** 0 ≤ random() < 1, for jitter; tests fix it. */
  random?: () => number;
}

export interface QueueStats {
  queued: number;
  dropped: number;
  rejected: number;
}

export interface StatementQueue {
  /** Adds statements not already queued or recently queued; returns how many were added. */
  enqueue(pending: PendingStatement[], now: number): number;
  /** Statements that may be sent now, oldest first. */
  due(now: number, limit?: number): QueuedStatement[];
  /** Keeps statements being sent from being sent again by another tab until `until`. */
  hold(ids: string[], until: number): void;
  /** The LRS stored them: forget them. */
  sent(ids: string[]): void;
  /** Sending failed: try again later, each time waiting longer. */
  failed(ids: string[], now: number): void;
  /** The LRS refused them as malformed: drop them, so they do not block the queue. */
  rejected(ids: string[]): void;
  /** When the next statement falls due, or null when the queue is empty. */
  nextDue(): number | null;
  stats(): QueueStats;
}

/** Fraction by which a delay is shortened at most, so tabs that failed together do not retry together. */
const JITTER = 0.2;

/** The wait after the `attempts`-th failure: 5 s, 10 s, 20 s … up to an hour, less up to 20% jitter. */
export function retryDelay(attempts: number, options: QueueOptions = {}): number {
  const { baseDelayMs = 5_000, maxDelayMs = 3_600_000, random = Math.random } = options;
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** exponent);
  return Math.round(delay * (1 - JITTER * random()));
}

const empty = (): QueueState => ({ version: 1, items: [], recent: [], dropped: 0, rejected: 0 });

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function isItem(value: unknown): value is QueuedStatement {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const statement = v['statement'] as Record<string, unknown> | null | undefined;
  return (
    typeof v['key'] === 'string' &&
    typeof statement === 'object' &&
    statement !== null &&
    typeof statement['id'] === 'string' &&
    isCount(v['attempts']) &&
    isCount(v['due'])
  );
}

/** What was stored, with damaged items left out; an empty queue when nothing usable is there. */
function parse(raw: string | null): QueueState {
  if (raw === null) return empty();
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return empty();
    const v = value as Record<string, unknown>;
    return {
      version: 1,
      items: Array.isArray(v['items']) ? v['items'].filter(isItem) : [],
      recent: Array.isArray(v['recent']) ? v['recent'].filter((k): k is string => typeof k === 'string') : [],
      dropped: isCount(v['dropped']) ? v['dropped'] : 0,
      rejected: isCount(v['rejected']) ? v['rejected'] : 0,
    };
  } catch {
    return empty();
  }
}

export function createQueue(storage: StorageLike | undefined, options: QueueOptions = {}): StatementQueue {
  // 250 statements of up to ~2.5 KB (a decision lists its options) stay well inside the ~5 MB that
  // browsers give the site, which the learner record needs more.
  const { maxItems = 250, maxRecent = 300 } = options;
  let memory = empty();
  let useStorage = Boolean(storage);

  function load(): QueueState {
    if (!storage || !useStorage) return memory;
    try {
      memory = parse(storage.getItem(XAPI_QUEUE_KEY));
    } catch {
      useStorage = false;
    }
    return memory;
  }

  /** Saves, shedding the oldest statements while storage is full; memory only if it refuses otherwise. */
  function save(state: QueueState) {
    memory = state;
    if (!storage || !useStorage) return;
    for (;;) {
      try {
        storage.setItem(XAPI_QUEUE_KEY, JSON.stringify(memory));
        return;
      } catch (error) {
        if (!isQuotaError(error) || memory.items.length === 0) {
          useStorage = false;
          return;
        }
        const shed = Math.ceil(memory.items.length / 2);
        memory = { ...memory, items: memory.items.slice(shed), dropped: memory.dropped + shed };
      }
    }
  }

  function change(update: (state: QueueState) => QueueState) {
    save(update(load()));
  }

  const without = (state: QueueState, ids: string[]) => {
    const gone = new Set(ids);
    return state.items.filter((item) => !gone.has(item.statement.id));
  };

  return {
    enqueue(pending, now) {
      let added = 0;
      change((state) => {
        const known = new Set([...state.recent, ...state.items.map((i) => i.key)]);
        const fresh: PendingStatement[] = [];
        for (const p of pending) {
          if (known.has(p.key)) continue;
          known.add(p.key);
          fresh.push(p);
        }
        added = fresh.length;
        if (added === 0) return state;
        const items = [...state.items, ...fresh.map((p) => ({ key: p.key, statement: p.statement, attempts: 0, due: now }))];
        const overflow = Math.max(0, items.length - maxItems);
        return {
          ...state,
          items: items.slice(overflow),
          recent: [...state.recent, ...fresh.map((p) => p.key)].slice(-maxRecent),
          dropped: state.dropped + overflow,
        };
      });
      return added;
    },
    due(now, limit = Infinity) {
      return load()
        .items.filter((item) => item.due <= now)
        .slice(0, limit);
    },
    hold(ids, until) {
      const held = new Set(ids);
      change((state) => ({
        ...state,
        items: state.items.map((item) => (held.has(item.statement.id) ? { ...item, due: Math.max(item.due, until) } : item)),
      }));
    },
    sent(ids) {
      change((state) => ({ ...state, items: without(state, ids) }));
    },
    failed(ids, now) {
      const failing = new Set(ids);
      change((state) => ({
        ...state,
        items: state.items.map((item) => {
          if (!failing.has(item.statement.id)) return item;
          const attempts = item.attempts + 1;
          return { ...item, attempts, due: now + retryDelay(attempts, options) };
        }),
      }));
    },
    rejected(ids) {
      change((state) => {
        const items = without(state, ids);
        return { ...state, items, rejected: state.rejected + state.items.length - items.length };
      });
    },
    nextDue() {
      const items = load().items;
      return items.length ? Math.min(...items.map((i) => i.due)) : null;
    },
    stats() {
      const { items, dropped, rejected } = load();
      return { queued: items.length, dropped, rejected };
    },
  };
}
