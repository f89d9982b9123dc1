import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  applyImport,
  checkImportSize,
  previewImport,
  readImport,
  type ImportErrorCode,
} from '../../../src/record/import';
import { exportJson } from '../../../src/record/export';
import { MAX_ITEMS, MAX_TEXT_LENGTH } from '../../../src/record/schema';
import { emptyRecord } from '../../../src/record/record';
import { addCpdEntry, deleteCpdEntry } from '../../../src/record/cpd';

const dir = 'tests/fixtures/imports';
const now = Date.UTC(2025, 2, 14, 12);

/** Reads a fixture as a browser's File.text() would: bytes decoded as UTF-8, bad bytes replaced. */
function load(name: string) {
  const bytes = readFileSync(`${dir}/${name}`);
  return readImport(new TextDecoder().decode(bytes), bytes.byteLength, now);
}

describe('bad import files', () => {
  // Each file, the error it must get, and words its message must contain.
  const cases: [file: string, code: ImportErrorCode, words: RegExp][] = [
    ['not-json.txt', 'not-json', /not in the JSON format/],
    ['empty.json', 'empty', /empty/],
    ['truncated.json', 'truncated', /stops part-way through/],
    ['picture.png', 'binary', /not a text file/],
    ['cpd-log.csv', 'csv', /spreadsheet \(CSV\)/],
    ['a-list.json', 'not-object', /a list or a single value/],
    ['another-program.json', 'not-a-record', /none of the parts a record has/],
    ['wrong-format.json', 'wrong-format', /another program.*moodle-portfolio-export/],
    ['future-version.json', 'future-version', /newer version of the course \(record version 9/],
    ['version-as-text.json', 'bad-version', /version \("two"\)/],
    ['proto-key.json', 'forbidden-key', /“__proto__”/],
    ['constructor-key.json', 'forbidden-key', /“constructor”.*cpd › “entry-1” › constructor/],
    ['reflections-as-list.json', 'wrong-shape', /reflections should be a set of named items but is a list/],
    [
      'text-is-a-number.json',
      'wrong-shape',
      /reflections › “modules\/trajectories\/#whose-window” › text should be text but is a number/,
    ],
    ['negative-minutes.json', 'wrong-shape', /cpd › “entry-1” › minutes must be at least 0/],
    ['impossible-date.json', 'wrong-shape', /cpd › “entry-1” › date is not a real date/],
    [
      'duplicate-cpd-id.json',
      'wrong-shape',
      /cpd › “entry-2” › id is “entry-1”, but the item is filed under “entry-2”: each must be filed under its own id/,
    ],
    ['far-future-timestamps.json', 'future-dates', /date in the future \(3000-01-01/],
    ['nested-too-deep.json', 'too-deep', /nested more than 64 levels/],
  ];

  for (const [file, code, words] of cases) {
    it(`rejects ${file}: ${code}`, () => {
      const result = load(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe(code);
      expect(result.message).toMatch(words);
      expect(result.message).toMatch(/Your record has not been changed\.$/);
    });
  }

  it('refuses text longer, or a part fuller, than a record holds, naming where', () => {
    const exported = (record: unknown) => JSON.stringify({ format: 'crossing-boundaries-learner-record', record });
    const long = exported({
      version: 2,
      reflections: { 'modules/a/#r': { text: 'x'.repeat(MAX_TEXT_LENGTH + 1), updatedAt: 1 } },
    });
    const tooLong = readImport(long, long.length, now);
    expect(!tooLong.ok && tooLong.code).toBe('too-long');
    expect(!tooLong.ok && tooLong.message).toMatch(
      /\(reflections › “modules\/a\/#r” › text\) is 100,001 characters long; the course keeps up to 100,000/,
    );
    const entry = (id: string) => ({
      id,
      date: '2025-03-14',
      title: 't',
      type: 'reading',
      minutes: 1,
      origin: 'manual',
      createdAt: 1,
      updatedAt: 1,
    });
    const cpd = Object.fromEntries(Array.from({ length: MAX_ITEMS + 1 }, (_, i) => [`e${i}`, entry(`e${i}`)]));
    const many = exported({ version: 2, cpd });
    const tooMany = readImport(many, many.length, now);
    expect(!tooMany.ok && tooMany.code).toBe('too-many');
    expect(!tooMany.ok && tooMany.message).toMatch(/5,001 items in cpd; a course record holds up to 5,000 in each part/);
    const fits = exported({ version: 2, cpd: Object.fromEntries(Object.entries(cpd).slice(0, MAX_ITEMS)) });
    expect(readImport(fits, fits.length, now).ok).toBe(true);
  });

  it('gives every bad file its own message', () => {
    const messages = cases.map(([file]) => {
      const result = load(file);
      return result.ok ? '' : result.message;
    });
    expect(new Set(messages).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('rejects a file over 5 MB before reading it, and a text over 5 MB too', () => {
    const size = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(size && !size.ok && size.code).toBe('too-large');
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    const huge = exportJson(emptyRecord(), now).replace(
      '"reflections": {}',
      `"reflections": {}, "padding": "${'x'.repeat(MAX_IMPORT_BYTES)}"`,
    );
    const result = readImport(huge, huge.length, now);
    expect(!result.ok && result.code).toBe('too-large');
    expect(!result.ok && result.message).toMatch(/files over 5 MB are not accepted/);
  });
});

describe('learner text is plain text: checked for shape, never for its words', () => {
  // Files that were once refused or changed for what their text said. Text is shown as text
  // everywhere, so there is nothing to strip and nothing to refuse: each comes back as written.
  it.each([
    ['markup-in-text.json', ['reflections', 'modules/trajectories/#whose-window', 'text']],
    ['script-in-reflection.json', ['reflections', 'modules/trajectories/#whose-window', 'text']],
    ['event-handler-in-cpd.json', ['cpd', 'entry-1', 'title']],
  ])('keeps %s exactly as written', (file, path) => {
    const raw = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
      record: Record<string, Record<string, Record<string, string>>>;
    };
    const [section, key, field] = path as [string, string, string];
    const result = load(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const written = raw.record[section]![key]![field];
    expect((result.record as unknown as Record<string, Record<string, Record<string, string>>>)[section]![key]![field]).toBe(
      written,
    );
  });
});

describe('good import files', () => {
  it('reads a version-1 record and migrates it', () => {
    const result = load('version-1-record.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.record.version).toBe(2);
    expect(result.record.reflections['modules/trajectories/#whose-window']).toEqual({
      text: 'Learning and wellbeing, not family.',
      updatedAt: 1700000000001,
    });
    expect(result.record.modules['trajectories']?.firstVisitedAt).toBe(1700000000001);
  });

  it('reads back exactly what it exported', () => {
    let record = addCpdEntry(
      emptyRecord(),
      'e1',
      {
        date: '2025-03-01',
        title: 'Supervision',
        type: 'supervision',
        minutes: 60,
        did: 'Talked',
        learned: 'Lots',
        impact: 'Some',
      },
      5,
    );
    record = {
      ...record,
      reflections: { 'modules/a/#r': { text: 'Café, “quotes”, 👍 and a\nnew line', prompt: 'Why?', updatedAt: 7 } },
    };
    const result = readImport(exportJson(record, now), 1000, now);
    expect(result.ok && result.record).toEqual(record);
    expect(result.ok && result.exportedAt).toBe('2025-03-14T12:00:00.000Z');
  });
});

describe('import preview and apply', () => {
  const input = { date: '2025-03-01', title: 'Reading', type: 'reading' as const, minutes: 30, did: '', learned: '', impact: '' };
  const mine = {
    ...addCpdEntry(addCpdEntry(emptyRecord(), 'both', input, 10), 'only-mine', input, 10),
    reflections: {
      'modules/a/#r1': { text: 'mine, newer', updatedAt: 50 },
      'modules/a/#r2': { text: 'mine, older', updatedAt: 5 },
    },
  };
  const file = {
    ...addCpdEntry(addCpdEntry(emptyRecord(), 'both', input, 10), 'only-file', input, 20),
    reflections: {
      'modules/a/#r1': { text: 'file, older', updatedAt: 40 },
      'modules/a/#r2': { text: 'file, newer', updatedAt: 6 },
      'modules/b/#r1': { text: 'new', updatedAt: 1 },
    },
  };

  it('counts what merging and replacing would change, without changing anything', () => {
    const before = JSON.stringify(mine);
    const preview = previewImport(mine, file);
    expect(preview.find((p) => p.section === 'reflections')).toEqual({
      section: 'reflections',
      inFile: 3,
      added: 1,
      newer: 1,
      kept: 1,
      onlyHere: 0,
    });
    expect(preview.find((p) => p.section === 'cpd')).toEqual({
      section: 'cpd',
      inFile: 2,
      added: 1,
      newer: 0,
      kept: 1,
      onlyHere: 1,
    });
    expect(JSON.stringify(mine)).toBe(before);
  });

  it('merges item by item, newer wins', () => {
    const merged = applyImport(mine, file, 'merge', 100);
    expect(merged.reflections['modules/a/#r1']?.text).toBe('mine, newer');
    expect(merged.reflections['modules/a/#r2']?.text).toBe('file, newer');
    expect(merged.reflections['modules/b/#r1']?.text).toBe('new');
    expect(Object.keys(merged.cpd).sort()).toEqual(['both', 'only-file', 'only-mine']);
    expect(merged.clearedAt).toBe(mine.clearedAt);
  });

  it('replaces everything, as a new generation', () => {
    const replaced = applyImport(mine, file, 'replace', 100);
    expect({ ...replaced, clearedAt: 0 }).toEqual(file);
    expect(replaced.clearedAt).toBe(100);
  });

  it('does not count a deleted entry in the file as new', () => {
    const withTombstone = deleteCpdEntry(addCpdEntry(emptyRecord(), 'gone', input, 1), 'gone', 2);
    expect(previewImport(emptyRecord(), withTombstone).find((p) => p.section === 'cpd')).toMatchObject({ inFile: 0, added: 0 });
  });
});
