import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/files/csv';
import { cpdCsv, exportFileName, exportJson } from '../../../src/record/export';
import { addCpdEntry, liveCpdEntries } from '../../../src/record/cpd';
import { emptyRecord } from '../../../src/record/record';

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text alone and quotes text with commas, quotes or line breaks', () => {
    expect(csvCell('Supervision')).toBe('Supervision');
    expect(csvCell(90)).toBe('90');
    expect(csvCell('Reading, then notes')).toBe('"Reading, then notes"');
    expect(csvCell('She said "no"')).toBe('"She said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('carriage\r\nreturn')).toBe('"carriage\r\nreturn"');
  });

  it('stops a spreadsheet running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('a = b')).toBe('a = b');
  });

  it('guards what a spreadsheet reads after trimming and widening, and quotes every delimiter it may guess', () => {
    // A semicolon-delimited spreadsheet must not split the cell and find a formula in the second half.
    expect(csvCell('Course;=1+1')).toBe('"Course;=1+1"');
    expect(csvCell('Course\t=1+1')).toBe('"Course\t=1+1"');
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u00a0\u3000=1+1')).toBe("'\u00a0\u3000=1+1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('＋44')).toBe("'＋44");
    expect(csvCell('| calc')).toBe("'| calc");
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('the CPD log as CSV', () => {
  it('has a header and one CRLF-ended row per entry, newest first', () => {
    let record = addCpdEntry(
      emptyRecord(),
      'a',
      { date: '2025-01-10', title: 'Reading', type: 'reading', minutes: 30, did: 'Read, "slowly"', learned: '', impact: '=1+1' },
      1,
    );
    record = addCpdEntry(
      record,
      'b',
      { date: '2025-02-01', title: 'Training', type: 'training', minutes: 360, did: '', learned: 'Two\nlines', impact: '' },
      2,
    );
    const rows = liveCpdEntries(record).map((entry) => ({ entry, did: entry.did, learned: entry.learned }));
    expect(cpdCsv(rows)).toBe(
      'Date,Title,Type,Minutes,What I did,What I learned,Impact on my practice,How it was added\r\n' +
        '2025-02-01,Training,Training day,360,,"Two\nlines",,Added by me\r\n' +
        `2025-01-10,Reading,Reading or research,30,"Read, ""slowly""",,'=1+1,Added by me\r\n`,
    );
  });
});

describe('the JSON export', () => {
  it('is marked as ours and carries the whole record', () => {
    const record = addCpdEntry(
      emptyRecord(),
      'a',
      { date: '2025-01-10', title: 'Reading', type: 'reading', minutes: 30, did: '', learned: '', impact: '' },
      1,
    );
    const parsed = JSON.parse(exportJson(record, Date.UTC(2025, 0, 1)));
    expect(parsed).toEqual({ format: 'crossing-boundaries-learner-record', exportedAt: '2025-01-01T00:00:00.000Z', record });
  });

  it('names files with the date', () => {
    expect(exportFileName('cpd-log', 'csv', new Date(2025, 2, 4).getTime())).toBe('crossing-boundaries-cpd-log-2025-03-04.csv');
  });
});
