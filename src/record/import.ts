import { EXPORT_FORMAT } from './export';
import { mergeContents } from './merge';
import { parseRecord } from './migrate';
import type { LearnerRecord } from './record';
import { MAX_ITEMS, MAX_TEXT_LENGTH, RECORD_VERSION, forbiddenKeys } from './schema';

/**
 * Reading a record file the learner chose. Nothing here changes the stored record: `readImport`
 * checks and migrates the file, `previewImport` says what merging or replacing would do, and
 * only `applyImport`, called after the learner confirms, makes the new record.
 *
 * The file is checked for its structure and types, never for its words. Learner text is plain
 * text, shown as text everywhere (escaped, under a policy that runs no inline code), so a
 * reflection about "javascript: URLs" or "an <iframe> in the slide" is kept exactly as written,
 * and every export reads back byte for byte.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;
/** Timestamps later than this after now would beat every future edit in a merge. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'csv'
  | 'truncated'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-object'
  | 'wrong-format'
  | 'not-a-record'
  | 'bad-version'
  | 'future-version'
  | 'wrong-shape'
  | 'too-long'
  | 'too-many'
  | 'future-dates';

export type ImportResult =
  | { ok: false; code: ImportErrorCode; message: string }
  | {
      ok: true;
      record: LearnerRecord;
      /** The version the file was written in (older ones are migrated). */
      fromVersion: number;
      /** When the file says it was exported, if it says. */
      exportedAt: string | null;
    };

const unchanged = 'Your record has not been changed.';

function fail(code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, code, message: `${message} ${unchanged}` };
}

/** Checked before the file is read at all. */
export function checkImportSize(bytes: number): ImportResult | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fail('too-large', `This file is ${mb} MB. A course record is far smaller; files over 5 MB are not accepted.`);
}

/** Where a key or value sits, for messages: reflections › “modules/a/#r1” › text */
function describePath(path: (string | number)[]): string {
  if (!path.length) return 'the top level of the file';
  return path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : /^[a-zA-Z]+$/.test(p) ? p : `“${p}”`)).join(' › ');
}

/** The first key that could reach an object's prototype, or a nesting deeper than any record has. */
function scanStructure(value: unknown, path: (string | number)[] = []): ImportResult | undefined {
  if (path.length > MAX_DEPTH)
    return fail('too-deep', `Parts of this file are nested more than ${MAX_DEPTH} levels deep, which a course record never is.`);
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string' && forbiddenKeys.includes(key)) {
      return fail(
        'forbidden-key',
        `This file contains a field named “${key}” (at ${describePath([...path, key])}), a name that could be used to tamper with the page. Course records never contain it.`,
      );
    }
    const found = scanStructure(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first text longer, or part fuller, than a record holds (schema.ts): such a file was not
 * exported from this course, and would make the record slow to store, open and print.
 */
function overLimit(value: unknown, path: (string | number)[] = []): ImportResult | undefined {
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT_LENGTH) return undefined;
    return fail(
      'too-long',
      `A piece of text in this file (${describePath(path)}) is ${value.length.toLocaleString('en-GB')} characters long; the course keeps up to ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} in one piece.`,
    );
  }
  if (typeof value !== 'object' || value === null) return undefined;
  // Scenario snapshots are the player's own data, not text a person wrote.
  if (path[0] === 'runs' && path[2] === 'snapshot') return undefined;
  const entries = Object.entries(value);
  if (path.length === 1 && !Array.isArray(value) && entries.length > MAX_ITEMS) {
    return fail(
      'too-many',
      `This file has ${entries.length.toLocaleString('en-GB')} items in ${describePath(path)}; a course record holds up to ${MAX_ITEMS.toLocaleString('en-GB')} in each part.`,
    );
  }
  for (const [key, child] of entries) {
    const found = overLimit(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** Every timestamp field, with its path, for the future-dates check. */
function latestTimestamp(value: unknown, path: (string | number)[] = []): { at: number; path: (string | number)[] } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (path[0] === 'runs' && path[2] === 'snapshot') return undefined;
  let latest: { at: number; path: (string | number)[] } | undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(key) : key];
    const candidate =
      typeof child === 'number' && (key === 'at' || /At$/.test(key)) ? { at: child, path: here } : latestTimestamp(child, here);
    if (candidate && (!latest || candidate.at > latest.at)) latest = candidate;
  }
  return latest;
}

function looksBinary(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return text.includes('\u0000') || controls > 8;
}

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return !/^\s*[[{]/.test(text) && firstLine.split(',').length >= 3;
}

/**
 * Checks a chosen file's text and returns the record it holds (migrated to the current version),
 * or a message saying exactly what is wrong. `bytes` is the file's size as the browser reports it.
 */
export function readImport(text: string, bytes: number, now: number): ImportResult {
  const tooLarge = checkImportSize(Math.max(bytes, text.length));
  if (tooLarge) return tooLarge;
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('empty', 'This file is empty.');
  if (looksBinary(body))
    return fail(
      'binary',
      'This is not a text file: it may be a picture, a PDF or a word-processor document. Choose the .json file you exported from My record.',
    );

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (looksLikeCsv(body))
      return fail(
        'csv',
        'This looks like the spreadsheet (CSV) copy of a CPD log. That copy is for reading, not for restoring: choose the .json file instead.',
      );
    const message = error instanceof Error ? error.message : '';
    if (/end of (JSON )?input|unterminated|Unexpected end/i.test(message)) {
      return fail(
        'truncated',
        'This file stops part-way through, as if it was cut short while being saved or copied. Try exporting it again.',
      );
    }
    return fail(
      'not-json',
      'This file is not a course record: it is not in the JSON format the course exports. Choose the .json file you exported from My record.',
    );
  }

  const structure = scanStructure(value);
  if (structure) return structure;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      'not-object',
      'This file holds JSON, but not a course record: a record is a set of named parts, and this is a list or a single value.',
    );
  }

  const top = value as Record<string, unknown>;
  let candidate: unknown = top;
  let exportedAt: string | null = null;
  if ('format' in top) {
    if (top['format'] !== EXPORT_FORMAT)
      return fail(
        'wrong-format',
        `This file was made by another program (it says its format is ${JSON.stringify(String(top['format']).slice(0, 60))}), not exported from this course.`,
      );
    candidate = top['record'];
    exportedAt = typeof top['exportedAt'] === 'string' ? top['exportedAt'] : null;
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate))
      return fail('wrong-shape', 'This export has no record inside it: the “record” part is missing or empty.');
  } else if (!('version' in top) || !['reflections', 'checks', 'activities', 'modules', 'cpd', 'runs'].some((k) => k in top)) {
    return fail(
      'not-a-record',
      'This file holds JSON, but not a course record: it has none of the parts a record has (reflections, progress, a CPD log).',
    );
  }

  const version = (candidate as Record<string, unknown>)['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'bad-version',
      `This record’s version (${JSON.stringify(version) ?? 'missing'}) is not one the course has ever used, so it cannot be read safely.`,
    );
  }
  if (version > RECORD_VERSION) {
    return fail(
      'future-version',
      `This record was saved by a newer version of the course (record version ${version}; this site reads up to ${RECORD_VERSION}). Import it into an up-to-date copy of the course.`,
    );
  }

  const limit = overLimit(candidate);
  if (limit) return limit;

  const latest = latestTimestamp(candidate);
  if (latest && latest.at > now + FUTURE_SLACK_MS) {
    const when = Number.isFinite(new Date(latest.at).getTime())
      ? new Date(latest.at).toISOString().slice(0, 10)
      : 'an impossible date';
    return fail(
      'future-dates',
      `This file has a date in the future (${when}, at ${describePath(latest.path)}). Merged in, it would win over every change you make from now on.`,
    );
  }

  const parsed = parseRecord(candidate, 'import');
  if (!parsed.ok) {
    if (parsed.reason === 'invalid') {
      // The checkers word each issue for people; only where it is needs saying here.
      const issue = parsed.issues[0];
      return fail(
        'wrong-shape',
        `This record is damaged or has been edited by hand: ${issue ? `${describePath(issue.path)} ${issue.message}` : 'a part of it is out of shape'}.`,
      );
    }
    return fail('not-a-record', 'This file holds JSON, but not a course record.');
  }
  return { ok: true, record: parsed.record, fromVersion: parsed.fromVersion, exportedAt };
}

export type ImportMode = 'merge' | 'replace';

/** Merge: item by item, the newer copy wins. Replace: the file's record becomes the whole record, as a new generation. */
export function applyImport(current: LearnerRecord, incoming: LearnerRecord, mode: ImportMode, now: number): LearnerRecord {
  return mode === 'replace' ? { ...incoming, clearedAt: Math.max(now, current.clearedAt + 1) } : mergeContents(current, incoming);
}

export const importSections = ['reflections', 'cpd', 'modules', 'checks', 'activities', 'runs'] as const;
export type ImportSection = (typeof importSections)[number];

export const importSectionLabels: Record<ImportSection, string> = {
  reflections: 'Reflections',
  cpd: 'CPD log entries',
  modules: 'Modules visited or completed',
  checks: 'Knowledge-check answers',
  activities: 'Activity-system maps',
  runs: 'Scenario runs',
};

export interface SectionPreview {
  section: ImportSection;
  /** Items in the file. */
  inFile: number;
  /** Merge: items only the file has (added). */
  added: number;
  /** Merge: items the file has a newer copy of (yours replaced). */
  newer: number;
  /** Merge: items where your copy is the same or newer (kept). */
  kept: number;
  /** Replace: your items the file does not have (lost). */
  onlyHere: number;
}

function isLive(item: unknown): boolean {
  return !(typeof item === 'object' && item !== null && 'deleted' in item && item.deleted === true);
}

/** What merging or replacing would change, section by section, before anything is changed. */
export function previewImport(current: LearnerRecord, incoming: LearnerRecord): SectionPreview[] {
  return importSections.map((section) => {
    const mine = current[section] as Record<string, { updatedAt: number }>;
    const theirs = incoming[section] as Record<string, { updatedAt: number }>;
    const preview: SectionPreview = { section, inFile: 0, added: 0, newer: 0, kept: 0, onlyHere: 0 };
    for (const [key, item] of Object.entries(theirs)) {
      const here = mine[key];
      const hereLive = here !== undefined && isLive(here);
      if (isLive(item)) preview.inFile++;
      if (!hereLive) {
        if (isLive(item) && (!here || item.updatedAt > here.updatedAt)) preview.added++;
      } else if (item.updatedAt > here.updatedAt) preview.newer++;
      else preview.kept++;
    }
    for (const [key, item] of Object.entries(mine)) {
      const there = theirs[key];
      if (isLive(item) && (!there || !isLive(there))) preview.onlyHere++;
    }
    return preview;
  });
}
