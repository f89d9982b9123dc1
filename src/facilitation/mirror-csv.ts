import { csvRow } from '../files/csv';
import { mixNames, type MixCategory } from '../scenario/runtime';
import { reasonLabels, type RejectedCode } from './codes';
import type { MirrorSummary } from './mirror';

/*
 * Mirror data as CSV for tutors, who open it in Excel: one file per scenario, in sections (a
 * title row, a heading row, the rows, a blank row) so it reads top to bottom and each table can be
 * selected on its own. The file starts with a byte-order mark, without which Excel reads UTF-8 as
 * another code page.
 */

const BOM = '\uFEFF';

/** A, B, C… as on the mirror page: an option's place in its decision. */
export const optionLetter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

/** A percentage with one decimal; 0 when there is nothing to divide by. */
export const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

export interface ScenarioAbout {
  id: string;
  title: string;
  /** The first 8 characters of the scenario's hash, as in its result codes. */
  version: string;
}

type Cells = (string | number)[];

function file(sections: { title: string; head: Cells; rows: Cells[] }[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    if (lines.length) lines.push('');
    lines.push(csvRow([s.title]), csvRow(s.head), ...s.rows.map(csvRow));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One scenario's mirror data: summary, choices at each decision, endings, kinds, average scores. */
export function mirrorCsv(about: ScenarioAbout, summary: MirrorSummary): string {
  const { title } = about;
  const plays = summary.plays;
  const kindTotal = Object.values(summary.kinds).reduce((a, b) => a + b, 0);
  return file([
    {
      title: 'Mirror data',
      head: ['Scenario', 'Scenario id', 'Version', 'Plays'],
      rows: [[title, about.id, about.version, plays]],
    },
    {
      title: 'Choices at each decision',
      head: [
        'Scenario',
        'Scene id',
        'Decision',
        'Option',
        'Option label',
        'Kind',
        'Count',
        'Share of plays (%)',
        'Share of plays reaching this decision (%)',
      ],
      rows: summary.choices.flatMap((scene) => {
        const reached = scene.options.reduce((a, o) => a + o.count, 0);
        return scene.options.map((o, i) => [
          title,
          scene.scene,
          scene.title,
          optionLetter(i),
          o.label,
          mixNames[o.kind],
          o.count,
          percent(o.count, plays),
          percent(o.count, reached),
        ]);
      }),
    },
    {
      title: 'Endings reached',
      head: ['Scenario', 'Ending id', 'Ending', 'Plays', 'Share of plays (%)'],
      rows: summary.endings.map((e) => [title, e.id, e.title, e.count, percent(e.count, plays)]),
    },
    {
      title: 'Kinds of decision',
      head: ['Scenario', 'Kind', 'Decisions', 'Share of decisions (%)'],
      rows: Object.entries(summary.kinds).map(([kind, n]) => [title, mixNames[kind as MixCategory], n, percent(n, kindTotal)]),
    },
    {
      title: 'Average scores',
      head: ['Scenario', 'Dimension id', 'Dimension', 'Average score (0 to 100)'],
      rows: summary.dimensions.map((d) => [title, d.id, d.name, d.average]),
    },
  ]);
}

/** The codes that were left out, with the reason for each, so they can be followed up. */
export function rejectedCsv(rejected: readonly RejectedCode[]): string {
  return file([
    {
      title: 'Rejected codes',
      head: ['Code', 'Reason', 'Explanation', 'Times pasted'],
      rows: rejected.map((r) => [r.code, reasonLabels[r.reason], r.message, r.reason === 'duplicate' ? r.times + 1 : r.times]),
    },
  ]);
}

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** mirror-<scenario>-<yyyy-mm-dd>.csv, dated in the facilitator's own time zone. */
export const mirrorFileName = (scenarioId: string, when: Date): string => `mirror-${scenarioId}-${isoDay(when)}.csv`;
export const rejectedFileName = (when: Date): string => `mirror-rejected-${isoDay(when)}.csv`;
