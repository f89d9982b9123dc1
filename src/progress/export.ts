import { cpdTypeLabels, isoDate } from './cpd';
import type { CpdEntry, LearnerRecord } from './record';

/** Marks a JSON export as ours, so import can tell it from any other JSON file. */
export const EXPORT_FORMAT = 'crossing-boundaries-learner-record';

/** The complete record, re-importable on this or another browser. */
export function exportJson(record: LearnerRecord, now: number): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), record }, null, 2)}\n`;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (starting = + - @, or a tab or carriage return)
 * gets a leading apostrophe, so a shared file cannot run anything.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

const originLabels: Record<CpdEntry['origin'], string> = {
  manual: 'Added by me',
  module: 'Module completed',
  scenario: 'Scenario completed',
};

export const cpdCsvHeader = [
  'Date',
  'Title',
  'Type',
  'Minutes',
  'What I did',
  'What I learned',
  'Impact on my practice',
  'How it was added',
];

/** The CPD log as CSV: a header row, then one row per entry; lines end CRLF as RFC 4180 asks. */
export function cpdCsv(entries: CpdEntry[]): string {
  const rows = [
    cpdCsvHeader,
    ...entries.map((e) => [
      e.date,
      e.title,
      cpdTypeLabels[e.type],
      e.minutes,
      e.did,
      e.learned,
      e.impact,
      originLabels[e.origin],
    ]),
  ];
  return rows.map(csvRow).join('\r\n') + '\r\n';
}

/** 'crossing-boundaries-record-2025-03-14.json' */
export function exportFileName(kind: 'record' | 'cpd-log' | 'unreadable-data', extension: string, now: number): string {
  return `crossing-boundaries-${kind}-${isoDate(now)}.${extension}`;
}
