import { csvRow } from '../files/csv';
import { cpdTypeLabels } from './cpd';
import { isoDate } from './iso-date';
import type { CpdEntry, LearnerRecord } from './record';

/** Marks a JSON export as ours, so import can tell it from any other JSON file. */
export const EXPORT_FORMAT = 'crossing-boundaries-learner-record';

/** The complete record, re-importable on this or another browser. */
export function exportJson(record: LearnerRecord, now: number): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), record }, null, 2)}\n`;
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

/**
 * The CPD log as CSV: a header row, then one row per entry, newest first; lines end CRLF as
 * RFC 4180 asks. `did` and `learned` are as the printed record words them (summary.ts), so the
 * spreadsheet and the printed record never disagree.
 */
export function cpdCsv(entries: { entry: CpdEntry; did: string; learned: string }[]): string {
  const rows = [
    cpdCsvHeader,
    ...entries.map(({ entry: e, did, learned }) => [
      e.date,
      e.title,
      cpdTypeLabels[e.type],
      e.minutes,
      did,
      learned,
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
