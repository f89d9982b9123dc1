import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCpdEntry } from '../../../src/record/cpd';
import { exportJson } from '../../../src/record/export';
import { readImport } from '../../../src/record/import';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';

/*
 * The export file is the learner's only backup, so it must read back exactly: every word, and
 * every byte once exported again. Texts that an earlier import check refused or altered as
 * "code" are ordinary things practitioners write.
 */
const now = Date.UTC(2026, 11, 6, 22);

const awkward = [
  'In computing club we covered javascript: URLs',
  'a field <object> I could not read',
  'the app showed data: text/html error',
  'Used an <iframe in the slide',
  'x<y, and y>z; press <Ctrl> then F',
  '<script>alert("hi")</script> is what the e-safety poster warned about',
  'onload= and onerror= came up in the staff training',
  '=SUM(A1) and +44 20 7946 0000 and @mention',
  'Café, “quotes”, 👍🏽, עברית, 中文, \u200b zero width, \u2028 line separator',
  'tab\there, CR\rhere, CRLF\r\nthere, NUL-free but \u0007 bell',
  '{"format":"crossing-boundaries-learner-record"} pasted into a reflection',
  '__proto__ and constructor are words too',
];

function recordWith(texts: readonly string[]): LearnerRecord {
  let record = emptyRecord();
  texts.forEach((text, i) => {
    record = {
      ...record,
      reflections: {
        ...record.reflections,
        [`modules/trajectories/#r${i}`]: { text, prompt: text, updatedAt: 1_700_000_000_000 + i },
      },
    };
    record = addCpdEntry(
      record,
      `entry-${i}`,
      { date: '2026-12-06', title: text, type: 'reading', minutes: 30, did: text, learned: text, impact: text },
      1_700_000_000_000 + i,
    );
  });
  return { ...record, profile: { displayName: texts[0] ?? '', updatedAt: 1 } };
}

function roundTrip(record: LearnerRecord): void {
  const file = exportJson(record, now);
  const read = readImport(file, new TextEncoder().encode(file).length, now);
  expect(read.ok, read.ok ? '' : read.message).toBe(true);
  if (!read.ok) return;
  expect(read.record).toEqual(record);
  expect(exportJson(read.record, now)).toBe(file);
}

describe('an export reads back byte for byte', () => {
  it('with every text an earlier check refused or altered', () => {
    roundTrip(recordWith(awkward));
  });

  it('with any Unicode text at all (1,000 random texts)', () => {
    fc.assert(
      // 250 records of 4 texts, each in every text field of a reflection, a CPD entry and the profile.
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { minLength: 4, maxLength: 4 }), (texts) =>
        roundTrip(recordWith(texts)),
      ),
      { numRuns: 250 },
    );
  });
});
