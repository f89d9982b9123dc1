import type { StatementQueue } from './queue';
import type { Statement } from './types';

/*
 * Sending queued statements to the LRS (xAPI-Communication.md, Statement Resource, POST). A
 * statement keeps its id however often it is sent, so an LRS that already stored it stores it
 * once: sending twice after an unclear failure is safe, losing statements is not.
 */

export interface LrsTarget {
  /** The LRS's xAPI endpoint, with or without a trailing slash. */
  endpoint: string;
  /** The Authorization header value ('Basic …'); '' sends none. */
  auth: string;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** sent: stored. retry: try later (offline, server trouble, refused credentials). rejected: the LRS will never take it. */
export type Outcome = 'sent' | 'retry' | 'rejected';

/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;
/** A request that has not answered by then is treated as failed. */
const TIMEOUT_MS = 20_000;
/** How long statements being sent are kept from other tabs: longer than the timeout. */
const HOLD_MS = 30_000;
/** Statements per request: small enough for keepalive, few enough that a refused one costs little. */
export const BATCH_SIZE = 20;
/** Requests per flush at most, so a large queue cannot keep a page busy. */
const MAX_BATCHES = 10;

export function statementsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/statements`;
}

/**
 * 2xx: stored. 408 and 429 ask us to come back later; 401 and 403 mean the credential is wrong or
 * revoked, which the organisation can fix without the statements changing, so they wait too. Any
 * other 4xx means this statement will never be accepted (it would block the queue for ever).
 * Everything else (5xx, redirects, no answer) is worth another try.
 */
export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status)) return 'rejected';
  return 'retry';
}

export async function postStatements(
  target: LrsTarget,
  statements: Statement[],
  fetchFn: Fetch,
): Promise<{ outcome: Outcome; status: number | null }> {
  const body = JSON.stringify(statements);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Experience-API-Version': '1.0.3',
  };
  if (target.auth) headers['Authorization'] = target.auth;
  try {
    const response = await fetchFn(statementsUrl(target.endpoint), {
      method: 'POST',
      headers,
      body,
      // Lets the last statements of a page still go out as it closes.
      keepalive: new TextEncoder().encode(body).length <= KEEPALIVE_LIMIT,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    return { outcome: outcomeOf(response.status), status: response.status };
  } catch {
    return { outcome: 'retry', status: null };
  }
}

export interface FlushOptions {
  fetch: Fetch;
  now: () => number;
  /** Where refused statements are reported (ids and status only: statements hold nothing personal, but logs travel). */
  warn?: (message: string) => void;
  batchSize?: number;
}

export interface FlushReport {
  sent: number;
  retrying: number;
  rejected: number;
}

/**
 * Sends what is due, batch by batch, until the queue has nothing due or the LRS asks us to wait.
 * A batch refused as a whole is sent again one statement at a time, so only the statement the LRS
 * cannot take is dropped.
 */
export async function flushQueue(queue: StatementQueue, target: LrsTarget, options: FlushOptions): Promise<FlushReport> {
  const { fetch: fetchFn, now, warn = () => {}, batchSize = BATCH_SIZE } = options;
  const report: FlushReport = { sent: 0, retrying: 0, rejected: 0 };

  const settle = (ids: string[], outcome: Outcome, status: number | null) => {
    if (outcome === 'sent') {
      queue.sent(ids);
      report.sent += ids.length;
    } else if (outcome === 'retry') {
      queue.failed(ids, now());
      report.retrying += ids.length;
    } else {
      queue.rejected(ids);
      report.rejected += ids.length;
      warn(
        `xAPI: the learning record store refused ${ids.length === 1 ? 'statement' : 'statements'} ${ids.join(', ')} (HTTP ${status}); dropped.`,
      );
    }
  };

  for (let batches = 0; batches < MAX_BATCHES; batches++) {
    const batch = queue.due(now(), batchSize);
    if (batch.length === 0) break;
    const ids = batch.map((item) => item.statement.id);
    queue.hold(ids, now() + HOLD_MS);
    const { outcome, status } = await postStatements(
      target,
      batch.map((item) => item.statement),
      fetchFn,
    );
    if (outcome === 'rejected' && batch.length > 1) {
      for (const item of batch) {
        const single = await postStatements(target, [item.statement], fetchFn);
        settle([item.statement.id], single.outcome, single.status);
      }
    } else {
      settle(ids, outcome, status);
    }
    // The LRS is unreachable or busy: everything else waits for the next try.
    if (outcome === 'retry' || report.retrying > 0) break;
  }
  return report;
}
