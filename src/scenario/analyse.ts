import { checkBestPath } from './best-path';
import { checkReferences, createEmitter, type Emitter, type KnownIds } from './checks';
import { checkCurrency } from './currency';
import { checkSafeguarding } from './safeguarding';
import { checkUnsafeLinks } from './unsafe-links';
import { compile, RESOLVING, type ScenarioEngine } from './compile';
import { Findings, optionPath, reportFindings, SAMPLE_PLAYS, samplePlays, witnesses } from './findings';
import { addRoute, buildSceneGraph, flagFacts, graphFigures, mayHold, type RouteFigures, type SceneGraph } from './graph';
import { buildLookup, type ScenarioLookup } from './lookup';
import { parseYaml } from './parse';
import { errorCount, type ScenarioReport } from './report';
import { startSnapshot, step, type EngineSnapshot } from './replay';
import { validateScenario } from './schema';
import type { AnalysisStats, PlayContext, Scenario, ScoreBounds } from './types';

export { SAMPLE_PLAYS };

/*
 * The checker. Build time only (it is the one module that imports xstate/graph).
 *
 * 1. YAML syntax, then the schema: every message positioned from the YAML node ranges.
 * 2. References and static rules (checks.ts). Errors here stop the analysis: play needs valid ids.
 * 3. The scene graph (graph.ts): loops, unreachable scenes, and — by dynamic programming, ignoring
 *    requirements — the number of routes, their lengths and score bounds.
 * 4. If there are at most EXACT_PLAY_LIMIT routes, the real state space is explored through the
 *    compiled machine with xstate/graph's getAdjacencyMap. States are told apart by what can still
 *    change the future (scene, levels, flags, supports, relationships), not by scores or history,
 *    so the space stays small; a second dynamic programme over that state DAG gives exact play
 *    counts, lengths, score bounds, reachable endings, stuck states and ending overlaps.
 * 5. Otherwise (or if exploring passes STATE_LIMIT traversal steps) the figures from step 3 are
 *    reported as bounds, a flag-only argument proves which requirements can never pass, and
 *    SAMPLE_PLAYS seeded random plays look for stuck states and ending problems: whatever samples
 *    find is real, what they do not find is not proven, and the report says so.
 */

export const EXACT_PLAY_LIMIT = 200_000;
export const STATE_LIMIT = 250_000;

export interface AnalysisResult {
  report: ScenarioReport;
  /** Present when the file passed the schema (it may still have errors). */
  scenario?: Scenario;
  stats?: AnalysisStats;
  bounds?: ScoreBounds;
  /** Milliseconds spent reading YAML, validating, and analysing (references, graph, plays). */
  timings: { parse: number; validate: number; analyse: number };
}

/** Key of a state for exploration: only what can still change what happens next. */
function stateKey(lookup: ScenarioLookup) {
  return (snapshot: EngineSnapshot): string => {
    const c = snapshot.context;
    const levels = lookup.domains.map((d) => c.levels[d] ?? 0).join(',');
    const supports = c.supports.map((s) => `${s.option}@${s.chosenAt}`).join(',');
    const relationships = Object.values(c.relationships).join(',');
    return `${String(snapshot.value)}|${levels}|${c.flags.join(',')}|${supports}|${relationships}`;
  };
}

interface ExactResult {
  states: number;
  plays: number;
  shortest: number;
  longest: number;
  bounds: ScoreBounds;
  scenesReached: Set<string>;
  optionsTaken: Set<string>;
  findings: Findings;
}

function exploreExactly(engine: ScenarioEngine, graph: SceneGraph, traversalLimit: number): ExactResult | null {
  const { lookup } = engine;
  const key = stateKey(lookup);
  interface Node {
    key: string;
    /** Held only until the state's choices have been tried: 100,000+ full snapshots strain memory. */
    snapshot: EngineSnapshot | null;
    /** The scene the state waits in for a decision; null once play has resolved or ended. */
    scene: string | null;
    /** The final context, kept only where play has ended: endings are judged on it. */
    final: PlayContext | null;
    out: { option: string; to: string }[];
  }
  const nodeOf = (snapshot: EngineSnapshot): Node => {
    const { value, context, status } = snapshot;
    const waiting = context.scene !== null && String(value).startsWith('scene:');
    const ended = value === RESOLVING || status === 'done';
    return { key: key(snapshot), snapshot, scene: waiting ? context.scene : null, final: ended ? context : null, out: [] };
  };
  // Breadth-first over the machine's real states, merging states with the same key; the first
  // route to each state is a shortest one, kept as the example in messages. (xstate/graph's
  // getAdjacencyMap explores the same way but dequeues with Array.shift: quadratic at this size.)
  const root = nodeOf(startSnapshot(engine));
  const nodes = new Map<string, Node>([[root.key, root]]);
  const order: Node[] = [root];
  const parent = new Map<string, { from: string; option: string }>();
  let steps = 0;
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const snapshot = node.snapshot!;
    node.snapshot = null;
    const scene = snapshot.status === 'active' ? lookup.scenario.scenes[snapshot.context.scene ?? ''] : undefined;
    for (const option of scene?.decision.options ?? []) {
      if (++steps > traversalLimit) return null;
      const next = step(engine, snapshot, option.id);
      if (!next) continue;
      const to = nodeOf(next);
      node.out.push({ option: option.id, to: to.key });
      if (nodes.has(to.key)) continue;
      nodes.set(to.key, to);
      parent.set(to.key, { from: node.key, option: option.id });
      order.push(to);
    }
  }
  const witness = (k: string): string[] => {
    const path: string[] = [];
    for (let p = parent.get(k); p; p = parent.get(p.from)) path.push(p.option);
    return path.reverse();
  };

  const findings = new Findings();
  const scenesReached = new Set<string>();
  const optionsTaken = new Set<string>();
  for (const node of order) {
    node.out.forEach((e) => optionsTaken.add(e.option));
    if (node.scene !== null) {
      scenesReached.add(node.scene);
      if (!node.out.length) findings.deadEnd(node.scene, witness(node.key));
    } else if (node.final) {
      findings.terminal(lookup, node.final, witness(node.key));
    }
  }

  // Suffix dynamic programme over the state DAG, latest scenes first.
  const rank = new Map(graph.order.map((id, i) => [id, i]));
  // Ranks computed once: the sort compares each state many times.
  const latestFirst = order
    .map((node) => ({ node, r: node.scene !== null ? (rank.get(node.scene) ?? 0) : graph.order.length }))
    .sort((a, b) => b.r - a.r)
    .map((e) => e.node);
  const dims = lookup.framework.dimensions.map((d) => d.id);
  type Suffix = RouteFigures<number>;
  const suffix = new Map<string, Suffix>();
  for (const node of latestFirst) {
    let acc: Suffix | null = null;
    for (const e of node.out) {
      const rest = suffix.get(e.to);
      const scores = lookup.options.get(e.option)?.option.scores ?? {};
      if (!rest) continue;
      acc = addRoute(
        acc,
        rest,
        dims.map((d) => scores[d] ?? 0),
        (a, b) => a + b,
      );
    }
    suffix.set(node.key, acc ?? { plays: 1, shortest: 0, longest: 0, min: dims.map(() => 0), max: dims.map(() => 0) });
  }
  const top = suffix.get(root.key)!;
  return {
    states: nodes.size,
    plays: top.plays,
    shortest: top.shortest,
    longest: top.longest,
    bounds: Object.fromEntries(dims.map((d, i) => [d, { min: top.min[i] ?? 0, max: top.max[i] ?? 0 }])),
    scenesReached,
    optionsTaken,
    findings,
  };
}

/** The exploration limits; tests lower them to exercise the fallback. */
export interface AnalysisLimits {
  plays: number;
  traversal: number;
}

/** Parses, validates and analyses one scenario file. Pure apart from CPU: the text is passed in. */
export function analyseScenario(
  file: string,
  text: string,
  known: KnownIds,
  limits: AnalysisLimits = { plays: EXACT_PLAY_LIMIT, traversal: STATE_LIMIT },
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
  const parsed = parseYaml(text);
  lap('parse');
  const emit = createEmitter(file, report.messages, parsed.locate, parsed.locateKey);
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
  checkUnsafeLinks(scenario, emit);
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
  const figures = graphFigures(
    graph,
    known.framework.dimensions.map((d) => d.id),
  );
  const counts = {
    scenes: Object.keys(scenario.scenes).length,
    options: lookup.options.size,
  };
  let exact: ExactResult | null = null;
  let tooBig: string;
  if (figures.plays <= BigInt(limits.plays)) {
    const provisional: AnalysisStats = {
      mode: 'bounds',
      ...counts,
      states: null,
      plays: '0',
      shortest: 0,
      longest: 0,
      endings: [],
      witnesses: {},
    };
    exact = exploreExactly(
      compile({ scenario, framework: known.framework, bounds: figures.bounds, hash: '', stats: provisional }),
      graph,
      limits.traversal,
    );
    tooBig = `exploring the plays passed ${limits.traversal.toLocaleString('en-GB')} traversal steps`;
  } else {
    tooBig = `${figures.plays.toLocaleString('en-GB')} routes is too many to explore one by one (limit ${limits.plays.toLocaleString('en-GB')})`;
  }

  if (exact) {
    for (const id of graph.reachable) {
      if (exact.scenesReached.has(id)) continue;
      emit(
        'error',
        'blocked-scene',
        ['scenes', id],
        'options lead here, but their requirements fail in every play, so no play reaches this scene',
        {
          atKey: true,
        },
      );
    }
    for (const [id, { option, scene }] of lookup.options) {
      if (exact.scenesReached.has(scene) && !exact.optionsTaken.has(id)) {
        emit(
          'error',
          'impossible-option',
          optionPath(scenario, lookup, id, option.requires ? 'requires' : undefined),
          `the requirement of "${id}" fails in every play that reaches this scene, so the option is never available`,
        );
      }
    }
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
    Object.assign(report, { stats, bounds: exact.bounds });
    return { report, scenario, stats, bounds: exact.bounds };
  }

  report.notes.push(
    `${tooBig}: plays, lengths and score bounds are outer bounds over the scene graph (requirements ignored), and endings, stuck plays and overlapping endings were checked on ${SAMPLE_PLAYS.toLocaleString('en-GB')} sampled plays`,
  );
  const { may, must } = flagFacts(graph);
  for (const [id, { option, scene }] of lookup.options) {
    if (
      option.requires &&
      graph.reachable.has(scene) &&
      mayHold(option.requires, may.get(scene) ?? new Set(), must.get(scene) ?? new Set()) === false
    ) {
      emit(
        'error',
        'impossible-option',
        optionPath(scenario, lookup, id, 'requires'),
        `the requirement of "${id}" fails in every play that reaches this scene, so the option is never available`,
      );
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
  Object.assign(report, { stats, bounds: figures.bounds });
  return { report, scenario, stats, bounds: figures.bounds };
}
