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
  | 'best-path';

export interface ScenarioMessage {
  severity: 'error' | 'warning';
  code: MessageCode;
  /** Path as given to the checker (relative to the project root in the CLI and the build). */
  file: string;
  line: number;
  column: number;
  /** The scene the finding is about, when there is one. */
  scene?: string;
  /** Dotted path to the field, e.g. `scenes.first-term.decision.options.2.requires`. */
  field: string;
  message: string;
}

export interface ScenarioReport {
  file: string;
  scenarioId?: string;
  messages: ScenarioMessage[];
  /** Plain remarks: what was skipped, which figures are bounds rather than exact. */
  notes: string[];
  stats?: AnalysisStats;
  bounds?: ScoreBounds;
}

export const errorCount = (report: ScenarioReport): number => report.messages.filter((m) => m.severity === 'error').length;

export function formatMessage(m: ScenarioMessage): string {
  const scene = m.scene ? ` scene "${m.scene}"` : '';
  const field = m.field ? ` ${m.field}` : '';
  return `${m.file}:${m.line}:${m.column} ${m.severity} [${m.code}]${scene}${field}: ${m.message}`;
}

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The report the CLI prints and the build logs: the same words in both places. */
export function formatReport(report: ScenarioReport): string {
  const lines: string[] = [`${report.file}${report.scenarioId ? ` (${report.scenarioId})` : ''}`];
  const errors = report.messages.filter((m) => m.severity === 'error');
  const warnings = report.messages.filter((m) => m.severity === 'warning');
  for (const m of [...errors, ...warnings]) lines.push(`  ${formatMessage(m)}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  const { stats, bounds } = report;
  if (stats) {
    const approx = stats.mode === 'exact' ? '' : 'at most ';
    lines.push(
      `  analysis: ${stats.mode === 'exact' ? `exact, over ${grouped(String(stats.states))} states` : 'bounds over the scene graph (requirements ignored)'}`,
      `  scenes ${stats.scenes}, options ${stats.options}, plays ${approx}${grouped(stats.plays)}`,
      `  shortest play ${stats.mode === 'exact' ? '' : 'at least '}${stats.shortest} decisions, longest ${approx}${stats.longest}`,
      `  endings ${stats.mode === 'exact' ? 'reached' : 'seen in samples'}: ${stats.endings.join(', ') || 'none'}`,
    );
  }
  if (bounds) {
    const scored = Object.entries(bounds).filter(([, b]) => b.min !== b.max);
    const label = stats?.mode === 'exact' ? 'score bounds' : 'score bounds (outer)';
    lines.push(`  ${label}: ${scored.map(([id, b]) => `${id} ${b.min}..${b.max}`).join(', ') || 'no dimension scored'}`);
  }
  lines.push(`  ${errors.length} error(s), ${warnings.length} warning(s)`);
  return lines.join('\n');
}
