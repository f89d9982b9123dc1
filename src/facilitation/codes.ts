import type { ScenarioEngine } from '../scenario/runtime';
import { decodeResult, type CodeProblem, type DecodedCode } from './result-code';

/*
 * From whatever a facilitator pastes to a sorted list of codes. Pasted text is rarely a clean
 * list: a spreadsheet column with a heading, a chat log ("Ana: CB1.sami…"), a code with a full
 * stop after it. Nothing here throws, whatever the text.
 */

export type AcceptedCode = Extract<DecodedCode, { ok: true }>;
export type RejectReason = CodeProblem | 'duplicate';

export interface RejectedCode {
  code: string;
  reason: RejectReason;
  message: string;
  /** How many times it was pasted (for a duplicate: how many extra copies). */
  times: number;
}

export interface Classified {
  /** Each distinct good code once, in the order first pasted. */
  accepted: AcceptedCode[];
  /** Good codes pasted again: each play counts once. */
  duplicates: RejectedCode[];
  /** Bad codes, each distinct one once, with the reason. */
  problems: RejectedCode[];
}

/** Short names for the reasons, for the page and the CSV. */
export const reasonLabels: Record<RejectReason, string> = {
  duplicate: 'Already added',
  format: 'Not a result code',
  checksum: 'Typing mistake',
  'other-version': 'Another version',
  'unknown-scenario': 'Unknown scenario',
  'impossible-choices': 'Impossible choices',
  unfinished: 'Unfinished play',
};

const DUPLICATE_MESSAGE = 'This code was added already. Each play counts once, so the copy is left out.';

/** Longer than any real code; a longer token is cut so a stray paste cannot fill the page or storage. */
export const MAX_CANDIDATE = 120;

// Whitespace (\s covers non-breaking spaces and a BOM), zero-width characters, list punctuation,
// quotes and brackets. Dots are not separators: they belong to the code.
const SEPARATORS = /[\s\u200b-\u200d\u2060,;|"'`“”‘’«»()[\]{}<>]+/u;
const CODE_START = /(?=CB\d\.)/i;
const EDGE_JUNK = /^[^0-9a-z]+|[^0-9a-z]+$/gi;

/** A code that lost its start still has four dot-separated parts and letters; dates and "e.g." do not. */
const looksLikeCode = (token: string) => token.split('.').filter(Boolean).length >= 4 && /[a-z]/i.test(token);

/** Codes are made with "CB" upper-case and the rest lower-case; a phone's automatic capitals are undone. */
const normalise = (candidate: string) => (/^CB\d/i.test(candidate) ? `CB${candidate.slice(2).toLowerCase()}` : candidate);

/**
 * The candidate codes in pasted text, in order. A token counts when it holds "CB", a digit and a
 * dot (so "Ana:CB1.sami…" yields the code), or looks like a code that lost its start (reported as
 * not a code); ordinary words, names, times, dates and a column heading are passed over.
 */
export function readCodes(text: string): string[] {
  const found: string[] = [];
  for (const token of String(text).split(SEPARATORS)) {
    for (const piece of token.split(CODE_START)) {
      const trimmed = piece.replace(EDGE_JUNK, '');
      if (/^CB\d\./i.test(trimmed) || looksLikeCode(trimmed)) found.push(normalise(trimmed.slice(0, MAX_CANDIDATE)));
    }
  }
  return found;
}

/** The scenario a code names, read without checking it: which scenario to load before decoding. */
export function scenarioIdOf(code: string): string | null {
  return /^CB\d\.([a-z][a-z0-9-]*)\./i.exec(code)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes each code against the scenarios loaded so far. A scenario on the site that could not be
 * loaded (`unloaded`) makes its codes "unknown scenario" too, but says so, so the facilitator knows
 * to try again rather than suspect the codes.
 */
export function decodeCodes(
  codes: readonly string[],
  engines: ReadonlyMap<string, ScenarioEngine>,
  unloaded: ReadonlySet<string> = new Set(),
): DecodedCode[] {
  return codes.map((code) => {
    const decoded = decodeResult(code, engines);
    const id = scenarioIdOf(code);
    if (decoded.ok || decoded.problem !== 'unknown-scenario' || !id || !unloaded.has(id)) return decoded;
    return {
      ...decoded,
      message: `The scenario “${id}” could not be loaded just now, so this code could not be checked. It is kept: try again once the connection is back.`,
    };
  });
}

/** Sorts decoded codes into accepted plays, repeated good codes and bad codes with their reasons. */
export function classify(decoded: readonly DecodedCode[]): Classified {
  const accepted: AcceptedCode[] = [];
  const duplicates = new Map<string, RejectedCode>();
  const problems = new Map<string, RejectedCode>();
  const seen = new Set<string>();
  for (const d of decoded) {
    if (d.ok) {
      if (!seen.has(d.code)) {
        seen.add(d.code);
        accepted.push(d);
        continue;
      }
      const known = duplicates.get(d.code);
      if (known) known.times++;
      else duplicates.set(d.code, { code: d.code, reason: 'duplicate', message: DUPLICATE_MESSAGE, times: 1 });
      continue;
    }
    const known = problems.get(d.code);
    if (known) known.times++;
    else problems.set(d.code, { code: d.code, reason: d.problem, message: d.message, times: 1 });
  }
  return { accepted, duplicates: [...duplicates.values()], problems: [...problems.values()] };
}

/** Every rejected paste, copies included. */
export function rejectedCount(c: Classified): number {
  return [...c.duplicates, ...c.problems].reduce((n, r) => n + r.times, 0);
}

/** What the live region says after an "Add codes": "12 codes added, 2 rejected." */
export function addedMessage(added: number, rejected: number): string {
  if (added === 0 && rejected === 0) return 'No result codes were found in that text.';
  const codes = `${added} ${added === 1 ? 'code' : 'codes'} added`;
  return rejected ? `${codes}, ${rejected} rejected.` : `${codes}.`;
}
