import { describe, expect, it } from 'vitest';
import { classify, decodeCodes } from '../../../src/facilitation/codes';
import { mirror, type MirrorSummary } from '../../../src/facilitation/mirror';
import { mirrorCsv, mirrorFileName, rejectedCsv, rejectedFileName } from '../../../src/facilitation/mirror-csv';
import { encodeResult } from '../../../src/facilitation/result-code';
import { mixNames } from '../../../src/scenario/runtime';
import { randomPlay, shippedEngines } from './helpers';

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  expect(quoted, 'an unterminated quoted cell').toBe(false);
  expect(cell === '' && row.length === 0, 'the file ends with CRLF').toBe(true);
  return rows;
}

/** The sections of a file: title row → the rows under its heading row. */
function sections(text: string): Map<string, { head: string[]; rows: string[][] }> {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1));
  const out = new Map<string, { head: string[]; rows: string[][] }>();
  for (let i = 0; i < rows.length;) {
    const [title] = rows[i]!;
    const end = rows.findIndex((r, j) => j > i && r.length === 1 && r[0] === '');
    const stop = end === -1 ? rows.length : end;
    out.set(title!, { head: rows[i + 1]!, rows: rows.slice(i + 2, stop) });
    i = stop + 1;
  }
  return out;
}

const engines = shippedEngines();
const [id, engine] = [...engines.entries()][0]!;
const codes = Array.from({ length: 40 }, (_, i) => encodeResult(engine, randomPlay(engine, 500 + i))!);
const summary = mirror(engine, classify(decodeCodes(codes, engines)).accepted);
const about = { id, title: engine.payload.scenario.title, version: engine.payload.hash.slice(0, 8) };
const csv = mirrorCsv(about, summary);
const parts = sections(csv);

describe('the mirror CSV of a real group', () => {
  it('has its sections in order, each with a heading row', () => {
    expect([...parts.keys()]).toEqual([
      'Mirror data',
      'Choices at each decision',
      'Endings reached',
      'Kinds of decision',
      'Average scores',
    ]);
    expect(parts.get('Mirror data')!.rows).toEqual([[about.title, id, about.version, String(summary.plays)]]);
    for (const { head, rows } of parts.values()) for (const r of rows) expect(r).toHaveLength(head.length);
  });

  it('has one row per option per decision, with the summary’s counts', () => {
    const { head, rows } = parts.get('Choices at each decision')!;
    expect(head.slice(0, 8)).toEqual([
      'Scenario',
      'Scene id',
      'Decision',
      'Option',
      'Option label',
      'Kind',
      'Count',
      'Share of plays (%)',
    ]);
    const expected = summary.choices.flatMap((s) =>
      s.options.map((o, i) => [about.title, s.scene, s.title, 'ABCDEFGH'[i], o.label, mixNames[o.kind], String(o.count)]),
    );
    expect(rows.map((r) => r.slice(0, 7))).toEqual(expected);
    for (const r of rows) expect(Number(r[7])).toBeCloseTo((100 * Number(r[6])) / summary.plays, 1);
    // The counts at each decision add up to the plays that reached it; the first decision is reached by every play.
    const first = rows.filter((r) => r[1] === summary.choices[0]!.scene);
    expect(first.reduce((a, r) => a + Number(r[6]), 0)).toBe(summary.plays);
    for (const s of summary.choices) {
      const shares = rows.filter((r) => r[1] === s.scene).map((r) => Number(r[8]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    }
  });

  it('has the endings, kinds and average scores of the summary, with the same totals', () => {
    const endings = parts.get('Endings reached')!.rows;
    expect(endings.map((r) => [r[1], Number(r[3])])).toEqual(summary.endings.map((e) => [e.id, e.count]));
    expect(endings.reduce((a, r) => a + Number(r[3]), 0)).toBe(summary.plays);
    const kinds = parts.get('Kinds of decision')!.rows;
    expect(kinds.map((r) => [r[1], Number(r[2])])).toEqual(
      Object.entries(summary.kinds).map(([k, n]) => [mixNames[k as keyof typeof mixNames], n]),
    );
    const decisions = parts.get('Choices at each decision')!.rows.reduce((a, r) => a + Number(r[6]), 0);
    expect(kinds.reduce((a, r) => a + Number(r[2]), 0)).toBe(decisions);
    expect(parts.get('Average scores')!.rows.map((r) => [r[1], Number(r[3])])).toEqual(
      summary.dimensions.map((d) => [d.id, d.average]),
    );
  });

  it('ends every line with CRLF', () => {
    expect(csv).not.toMatch(/[^\r]\n|\r(?!\n)/);
  });
});

describe('awkward text in a CSV', () => {
  const tricky: MirrorSummary = {
    plays: 2,
    choices: [
      {
        scene: 'first',
        title: 'Ask "why", then wait',
        options: [
          { id: 'a', label: '=HYPERLINK("http://example.org","click")', kind: 'referral', count: 1 },
          { id: 'b', label: 'Talk to mum,\nthen the school', kind: 'joint-action', count: 1 },
          { id: 'c', label: '+1 for @everyone; -5 -> ok', kind: 'rule-bending', count: 0 },
        ],
      },
    ],
    kinds: { referral: 1, 'rule-bending': 0, 'joint-action': 1, critical: 0 },
    dimensions: [{ id: 'd', name: 'Naïve “quotes” and ünïcödé', average: 55.5 }],
    endings: [{ id: 'e', title: '@ending', count: 2 }],
  };
  const file = sections(mirrorCsv({ id: 'x', title: 'Sami, aged 9', version: '01234567' }, tricky));
  const labels = file.get('Choices at each decision')!.rows.map((r) => r[4]);

  it('quotes commas, quotes and line breaks so they come back unchanged', () => {
    expect(labels[1]).toBe('Talk to mum,\nthen the school');
    expect(file.get('Choices at each decision')!.rows[0]![2]).toBe('Ask "why", then wait');
    expect(file.get('Mirror data')!.rows[0]![0]).toBe('Sami, aged 9');
    expect(file.get('Average scores')!.rows[0]![2]).toBe('Naïve “quotes” and ünïcödé');
  });

  it('stops a spreadsheet reading a cell as a formula', () => {
    expect(labels[0]).toBe(`'=HYPERLINK("http://example.org","click")`);
    expect(labels[2]).toBe(`'+1 for @everyone; -5 -> ok`);
    expect(file.get('Endings reached')!.rows[0]![2]).toBe(`'@ending`);
  });

  it('gives shares of 0 rather than dividing by nothing', () => {
    const empty = sections(
      mirrorCsv(
        { id: 'x', title: 'x', version: '0' },
        { ...tricky, plays: 0, kinds: { referral: 0, 'rule-bending': 0, 'joint-action': 0, critical: 0 } },
      ),
    );
    for (const r of empty.get('Kinds of decision')!.rows) expect(r[3]).toBe('0');
  });
});

describe('the rejected codes CSV', () => {
  it('lists each code with its reason, explanation and how often it was pasted', () => {
    const good = codes[0]!;
    const sorted = classify(decodeCodes([good, good, good, 'CB1.garbage', '=cmd|calc'], engines));
    const file = sections(rejectedCsv([...sorted.problems, ...sorted.duplicates]));
    const { head, rows } = file.get('Rejected codes')!;
    expect(head).toEqual(['Code', 'Reason', 'Explanation', 'Times pasted']);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['CB1.garbage', 'Not a result code', '1'],
      [`'=cmd|calc`, 'Not a result code', '1'],
      [good, 'Already added', '3'],
    ]);
    for (const r of rows) expect(r[2]!.length).toBeGreaterThan(20);
  });
});

it('names files by scenario and local date', () => {
  expect(mirrorFileName('sami', new Date(2025, 2, 4, 23, 30))).toBe('mirror-sami-2025-03-04.csv');
  expect(rejectedFileName(new Date(2025, 11, 31))).toBe('mirror-rejected-2025-12-31.csv');
});
