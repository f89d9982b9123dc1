import { unsafeLinksInData } from '../authoring/unsafe-links';
import { parseYamlWithPositions, type ParsedYaml } from '../authoring/yaml';
import { checkBestPath } from './best-path';
import { checkReferences, createEmitter, type Emitter, type KnownIds } from './checks';
import { checkCurrency } from './currency';
import { checkLibrary } from './library-rules';
import { checkSafeguarding } from './safeguarding';
import { explore, STATE_CEILING, type Exploration, type ExploreProgress } from './explore';
import { type Findings, optionPath, reportFindings, SAMPLE_PLAYS, samplePlays, witnesses } from './findings';
import { buildSceneGraph, flagFacts, graphFigures, mayHold, type SceneGraph } from './graph';
import { buildLookup, type ScenarioLookup } from './lookup';
import { readLargeYaml } from './read-yaml';
import { errorCount, type EndingFigures, type OptionStatus, type ScenarioReport } from './report';
import { validateScenario } from './schema';
import type { AnalysisStats, Scenario, ScoreBounds } from './types';

export { SAMPLE_PLAYS, STATE_CEILING };

/*
 * The checker. It runs at build time, in the command-line check and in the scenario studio's
 * worker (src/studio/check-worker.ts); never in a learner's page (tests/unit/scenario/import-graph.test.ts).
 *
 * 1. YAML syntax, then the schema: every message positioned from the YAML node ranges (a very
 *    large file is read by a faster reader, read-yaml.ts, and positioned only if a message needs it).
 * 2. References and static rules (checks.ts). Errors here stop the analysis: play needs valid ids.
 * 3. The scene graph (graph.ts): loops and unreachable scenes.
 * 4. Every state of play, explored once (explore.ts), gives exact play counts, lengths, score
 *    bounds, the endings reached with their plays and final totals, stuck states, overlapping or
 *    missing endings, and why an option is never available.
 * 5. Only a scenario with more states than STATE_CEILING falls back, saying so in one message:
 *    plays, lengths and score bounds over the scene graph (requirements ignored) as outer bounds,
 *    a flag-only argument for requirements that can never pass, and SAMPLE_PLAYS seeded random
 *    plays for stuck states and ending problems.
 */

export interface AnalysisResult {
  report: ScenarioReport;
  /** Present when the file passed the schema (it may still have errors). */
  scenario?: Scenario;
  stats?: AnalysisStats;
  bounds?: ScoreBounds;
  /** Each option's status, when every state was explored. Not cached: the CLI asks for it. */
  options?: Map<string, OptionStatus>;
  /** Milliseconds spent reading YAML, validating, and analysing (references, graph, plays). */
  timings: { parse: number; validate: number; analyse: number };
}

/** How far exploration may go; tests lower it to exercise the fallback. */
export interface AnalysisLimits {
  states: number;
  /** Told of progress through the scenes while the plays are explored (the studio's worker reports it). */
  progress?: ExploreProgress;
}

/** Parses, validates and analyses one scenario file. Pure apart from CPU: the text is passed in. */
export function analyseScenario(
  file: string,
  text: string,
  known: KnownIds,
  limits: AnalysisLimits = { states: STATE_CEILING },
): AnalysisResult {
  let clock = performance.now();
  const timings = { parse: 0, validate: 0, analyse: 0 };
  const lap = (phase: keyof typeof timings) => {
    const now = performance.now();
    timings[phase] = now - clock;
    clock = now;
  };
  const result = analyseWith(file, text, known, limits, lap);
  lap('analyse');
  return { ...result, timings };
}

function analyseWith(
  file: string,
  text: string,
  known: KnownIds,
  limits: AnalysisLimits,
  lap: (phase: 'parse' | 'validate') => void,
): Omit<AnalysisResult, 'timings'> {
  const report: ScenarioReport = { file, messages: [], notes: [] };
  let positioned: ParsedYaml | undefined;
  const full = (): ParsedYaml => (positioned ??= parseYamlWithPositions(text));
  const fast = readLargeYaml(text);
  const parsed = fast ? { data: fast.data, syntaxErrors: [] } : full();
  lap('parse');
  const emit = createEmitter(
    file,
    report.messages,
    (path) => full().locate(path),
    (path) => full().locateKey(path),
  );
  if (!/^# yaml-language-server: \$schema=\S*scenario\.schema\.json/.test(text)) {
    report.messages.push({
      severity: 'warning',
      code: 'schema-comment',
      file,
      line: 1,
      column: 1,
      field: '',
      message: 'start the file with "# yaml-language-server: $schema=./scenario.schema.json" so editors can check it as you type',
    });
  }
  for (const e of parsed.syntaxErrors) {
    report.messages.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      ...e.position,
      field: '',
      message: `YAML syntax: ${e.message}`,
    });
  }
  if (parsed.syntaxErrors.length) return { report };

  const validated = validateScenario(parsed.data);
  lap('validate');
  if (!validated.ok) {
    for (const issue of validated.issues) emit('error', 'schema', issue.path, issue.message, { atKey: issue.atKey });
    return { report };
  }
  const scenario = validated.scenario;
  report.scenarioId = scenario.id;
  const result = analyseValid(file, scenario, known, limits, report, emit);
  checkLibrary(file, result, known.framework, emit);
  // Reminders about how current the file is come after everything about how it works.
  checkCurrency(scenario, emit);
  return result;
}

/** Everything after the schema: references, the safeguarding rules, the scene graph, then the plays. */
function analyseValid(
  file: string,
  scenario: Scenario,
  known: KnownIds,
  limits: AnalysisLimits,
  report: ScenarioReport,
  emit: Emitter,
): Omit<AnalysisResult, 'timings'> {
  checkReferences(file, scenario, known, emit);
  checkSafeguarding(scenario, emit);
  for (const { path, message } of unsafeLinksInData(scenario)) emit('error', 'unsafe-link', path, message);
  if (errorCount(report)) {
    report.notes.push('plays were not analysed: fix the errors above first');
    return { report, scenario };
  }

  const graph = buildSceneGraph(scenario);
  if (graph.cycle) {
    const { scene, index, loop } = graph.cycle;
    emit(
      'error',
      'cycle',
      ['scenes', scene, 'decision', 'options', index, 'next'],
      `this leads back to an earlier scene, making a loop (${loop.join(' → ')}); time only moves forward, so no scene may repeat`,
    );
    report.notes.push('plays were not analysed: remove the loop first');
    return { report, scenario };
  }
  for (const id of Object.keys(scenario.scenes)) {
    if (graph.reachable.has(id)) continue;
    emit(
      'error',
      'unreachable-scene',
      ['scenes', id],
      'no route from the first scene leads here, so no play can reach this scene',
      { atKey: true },
    );
  }

  const lookup = buildLookup(scenario, known.framework);
  const counts = { scenes: Object.keys(scenario.scenes).length, options: lookup.options.size };
  const outcome = explore(lookup, graph, limits.states, limits.progress);
  if (outcome.complete) return reportExact(scenario, known, lookup, graph, outcome.exploration, counts, report, emit);

  emit(
    'warning',
    'too-many-states',
    ['scenes'],
    `the analysis stopped at ${outcome.states.toLocaleString('en-GB')} different states of play, past the ${limits.states.toLocaleString('en-GB')} it can hold, so the figures below are bounds and ${SAMPLE_PLAYS.toLocaleString('en-GB')} sampled plays rather than exact; to simplify, test fewer flags and relationships late in the story, give supports fewer different strengths and lengths, or split the story into two scenarios`,
    { atKey: true },
  );
  return reportBounds(scenario, known, lookup, graph, counts, report, emit);
}

/** The impossible-option message, with the reasons where the exploration found them. */
function impossibleMessage(id: string, reasons: readonly string[]): string {
  const why = reasons.length ? `: ${reasons.join('; ')}` : '';
  return `the requirement of "${id}" fails in every play that reaches this scene, so the option is never available${why}`;
}

function endingFigures(findings: Findings, scenario: Scenario): EndingFigures[] {
  return scenario.endings.flatMap((e) => {
    const seen = findings.endings.get(e.id);
    return seen ? [{ id: e.id, plays: String(seen.plays), totals: seen.totals }] : [];
  });
}

function reportExact(
  scenario: Scenario,
  known: KnownIds,
  lookup: ScenarioLookup,
  graph: SceneGraph,
  exact: Exploration,
  counts: { scenes: number; options: number },
  report: ScenarioReport,
  emit: Emitter,
): Omit<AnalysisResult, 'timings'> {
  for (const id of graph.reachable) {
    if (exact.scenesReached.has(id)) continue;
    emit(
      'error',
      'blocked-scene',
      ['scenes', id],
      'options lead here, but their requirements fail in every play, so no play reaches this scene',
      { atKey: true },
    );
  }
  for (const [id, reasons] of exact.never)
    emit('error', 'impossible-option', optionPath(scenario, lookup, id, 'requires'), impossibleMessage(id, reasons));
  reportFindings(exact.findings, scenario, lookup, emit, true);
  const stats: AnalysisStats = {
    mode: 'exact',
    ...counts,
    states: exact.states,
    plays: String(exact.plays),
    shortest: exact.shortest,
    longest: exact.longest,
    endings: scenario.endings.filter((e) => exact.findings.endings.has(e.id)).map((e) => e.id),
    witnesses: witnesses(exact.findings, scenario),
  };
  checkBestPath(scenario, known.framework, exact.bounds, stats, emit);
  Object.assign(report, { stats, bounds: exact.bounds, endings: endingFigures(exact.findings, scenario) });
  return { report, scenario, stats, bounds: exact.bounds, options: optionStatuses(lookup, graph, exact) };
}

/** Why each option can or cannot be chosen: a shortest route to it, or the reasons it never can. */
function optionStatuses(lookup: ScenarioLookup, graph: SceneGraph, exact: Exploration): Map<string, OptionStatus> {
  const statuses = new Map<string, OptionStatus>();
  for (const [id, { scene }] of lookup.options) {
    const taken = exact.taken.get(id);
    if (taken) {
      statuses.set(id, { option: id, scene, reachable: true, witness: taken.witness });
      continue;
    }
    let why: string[];
    if (!graph.reachable.has(scene)) why = [`no option leads to its scene "${scene}" from the first scene`];
    else if (!exact.scenesReached.has(scene)) {
      const leading = [...lookup.options.values()].filter((o) => o.option.next === scene).map((o) => `"${o.option.id}"`);
      why = [
        `no play reaches its scene "${scene}": the options that lead there (${leading.join(', ')}) are never available; explain those to see why`,
      ];
    } else why = [`the requirement fails in every play that reaches "${scene}"`, ...(exact.never.get(id) ?? [])];
    statuses.set(id, { option: id, scene, reachable: false, why });
  }
  return statuses;
}

/** The fallback past the state ceiling: scene-graph bounds, flag facts and sampled plays. */
function reportBounds(
  scenario: Scenario,
  known: KnownIds,
  lookup: ScenarioLookup,
  graph: SceneGraph,
  counts: { scenes: number; options: number },
  report: ScenarioReport,
  emit: Emitter,
): Omit<AnalysisResult, 'timings'> {
  const figures = graphFigures(
    graph,
    known.framework.dimensions.map((d) => d.id),
  );
  report.notes.push(
    `plays, lengths and score bounds are outer bounds over the scene graph (requirements ignored), and endings, stuck plays and overlapping endings were checked on ${SAMPLE_PLAYS.toLocaleString('en-GB')} sampled plays`,
  );
  const { may, must } = flagFacts(graph);
  for (const [id, { option, scene }] of lookup.options) {
    if (
      option.requires &&
      graph.reachable.has(scene) &&
      mayHold(option.requires, may.get(scene) ?? new Set(), must.get(scene) ?? new Set()) === false
    ) {
      emit('error', 'impossible-option', optionPath(scenario, lookup, id, 'requires'), impossibleMessage(id, []));
    }
  }
  const findings = samplePlays(lookup, SAMPLE_PLAYS);
  reportFindings(findings, scenario, lookup, emit, false);
  const stats: AnalysisStats = {
    mode: 'bounds',
    ...counts,
    states: null,
    plays: figures.plays.toString(),
    shortest: figures.shortest,
    longest: figures.longest,
    endings: scenario.endings.filter((e) => findings.endings.has(e.id)).map((e) => e.id),
    witnesses: witnesses(findings, scenario),
  };
  checkBestPath(scenario, known.framework, figures.bounds, stats, emit);
  Object.assign(report, { stats, bounds: figures.bounds, endings: endingFigures(findings, scenario) });
  return { report, scenario, stats, bounds: figures.bounds };
}
