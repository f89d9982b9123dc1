import { formatMessage, type AuthoringMessage } from '../authoring/message';
import type { AnalysisStats, ScoreBounds } from './types';

/** Stable ids for every kind of finding; docs/authoring-scenarios.md explains each. */
export type MessageCode =
  | 'yaml-syntax'
  | 'schema'
  | 'schema-comment'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'unknown-domain'
  | 'missing-domain'
  | 'level-out-of-scale'
  | 'unknown-dimension'
  | 'unknown-role'
  | 'unknown-module'
  | 'unknown-concept'
  | 'ids-not-checked'
  | 'unknown-stage'
  | 'unknown-scene'
  | 'unknown-relationship'
  | 'unknown-flag'
  | 'empty-range'
  | 'missing-reason'
  | 'unused-reason'
  | 'first-scene-stage'
  | 'first-stage-drift'
  | 'time-backwards'
  | 'cycle'
  | 'unreachable-scene'
  | 'blocked-scene'
  | 'impossible-option'
  | 'dead-end'
  | 'no-ending'
  | 'several-endings'
  | 'unreached-ending'
  | 'missing-kinds'
  | 'no-statutory-route'
  | 'safeguarding-step'
  | 'critical-scored'
  | 'critical-outside-safeguarding'
  | 'no-content-note'
  | 'not-reviewed'
  | 'unsafe-link'
  | 'not-utf8'
  | 'best-path'
  | 'too-many-states'
  | 'empty-stage'
  | 'late-support'
  // The library's rules (library-rules.ts): files in scenarios/ only.
  | 'library-size'
  | 'library-prompts'
  | 'library-notes'
  | 'library-dimensions'
  | 'library-signals'
  | 'library-best-path'
  | 'library-costs'
  | 'library-prompt-referral'
  | 'library-modules'
  | 'library-exact'
  | 'library-plays'
  | 'library-endings'
  | 'library-referral-alone';

/** A finding about a scenario file: an authoring message (src/authoring/message.ts) that always has a code. */
export interface ScenarioMessage extends AuthoringMessage {
  code: MessageCode;
}

export interface ScenarioReport {
  file: string;
  scenarioId?: string;
  messages: ScenarioMessage[];
  /** Plain remarks: what was skipped, which figures are bounds rather than exact. */
  notes: string[];
  stats?: AnalysisStats;
  bounds?: ScoreBounds;
  /** Per ending reached: how many plays end there and the range of their final total levels. */
  endings?: EndingFigures[];
}

export interface EndingFigures {
  id: string;
  /** Decimal string: counts can pass 2^53. Sampled plays when the analysis was not exact. */
  plays: string;
  totals: { min: number; max: number };
}

/** Why an option can or cannot be chosen, for `scenarios:check --explain`. */
export type OptionStatus =
  | { option: string; scene: string; reachable: true; witness: string[] }
  | { option: string; scene: string; reachable: false; why: string[] };

export const errorCount = (report: ScenarioReport): number => report.messages.filter((m) => m.severity === 'error').length;

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 play", "7,936 plays": the count grouped, the noun singular only for exactly one. */
export function plural(count: number | bigint | string, noun: string, many = `${noun}s`): string {
  const text = String(count);
  return `${grouped(text)} ${text === '1' ? noun : many}`;
}

/** "11 decisions" when every play is as long, else the range; bounds mode says which way each is a limit. */
export function playLength(stats: Pick<AnalysisStats, 'mode' | 'shortest' | 'longest'>): string {
  if (stats.mode !== 'exact')
    return `shortest play at least ${plural(stats.shortest, 'decision')}, longest at most ${stats.longest}`;
  if (stats.shortest === stats.longest) return `every play takes ${plural(stats.shortest, 'decision')}`;
  return `shortest play ${plural(stats.shortest, 'decision')}, longest ${stats.longest}`;
}

/** For prose such as the map page: "every play takes 11 decisions", "a play takes between 7 and 10 decisions". */
export function playsTake(stats: Pick<AnalysisStats, 'mode' | 'shortest' | 'longest'>): string {
  if (stats.mode !== 'exact') return `a play takes at least ${stats.shortest} and at most ${plural(stats.longest, 'decision')}`;
  if (stats.shortest === stats.longest) return `every play takes ${plural(stats.shortest, 'decision')}`;
  return `a play takes between ${stats.shortest} and ${plural(stats.longest, 'decision')}`;
}

const span = ({ min, max }: { min: number; max: number }): string => (min === max ? `${min}` : `${min}–${max}`);

/** The report the CLI prints and the build logs: the same words in both places. */
export function formatReport(report: ScenarioReport): string {
  const lines: string[] = [`${report.file}${report.scenarioId ? ` (${report.scenarioId})` : ''}`];
  const errors = report.messages.filter((m) => m.severity === 'error');
  const warnings = report.messages.filter((m) => m.severity === 'warning');
  for (const m of [...errors, ...warnings]) lines.push(`  ${formatMessage(m)}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  const { stats, bounds } = report;
  if (stats) {
    const exact = stats.mode === 'exact';
    lines.push(
      `  analysis: ${exact ? `exact, over ${plural(String(stats.states), 'state')}` : 'bounds over the scene graph (requirements ignored)'}`,
      `  scenes ${stats.scenes}, options ${stats.options}, plays ${exact ? '' : 'at most '}${grouped(stats.plays)}`,
      `  ${playLength(stats)}`,
      `  endings ${exact ? 'reached' : 'seen in samples'}: ${stats.endings.join(', ') || 'none'}`,
    );
    for (const e of report.endings ?? [])
      lines.push(
        `    ${e.id}: ${plural(e.plays, exact ? 'play' : 'sampled play')}, final total${e.totals.min === e.totals.max ? '' : 's'} ${span(e.totals)}`,
      );
  }
  if (bounds) {
    const scored = Object.entries(bounds).filter(([, b]) => b.min !== b.max);
    const label = stats?.mode === 'exact' ? 'score bounds' : 'score bounds (outer)';
    lines.push(`  ${label}: ${scored.map(([id, b]) => `${id} ${b.min}..${b.max}`).join(', ') || 'no dimension scored'}`);
  }
  lines.push(`  ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`);
  return lines.join('\n');
}

/** `scenarios:check --explain`: whether an option can be chosen, with a shortest route to it, or why not. */
export function formatOptionStatus(status: OptionStatus): string {
  const lines = [`  option "${status.option}" in scene "${status.scene}"`];
  if (status.reachable)
    lines.push(
      `    can be chosen; a shortest route to it (${plural(status.witness.length, 'decision')}): ${status.witness.join(' → ')}`,
    );
  else
    lines.push(`    never chosen: ${status.why[0] ?? 'no play reaches it'}`, ...status.why.slice(1).map((w) => `      - ${w}`));
  return lines.join('\n');
}
