/**
 * Times the scenario engine on one core: reading, validating and exactly analysing every shipped
 * scenario (cold, as a build with an empty cache does, then warm), the reference fixture,
 * generated scenarios of 100, 500 and 2,000 scenes and a deep one (26 decisions in every play,
 * about 1.8 million states); building the XState machine in the browser (compile); and the
 * median time of one `choose` transition. Prints each figure beside its target with the core
 * count and load of the machine, as wall-clock and CPU time (on a busy machine the two differ);
 * it never fails on time (tests never assert times).
 * Usage: tsx scripts/bench-engine.ts
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyseScenario, type AnalysisResult } from '../src/scenario/analyse';
import { compile } from '../src/scenario/compile';
import { DEEP_SHAPE, generateScenario, generatedFile } from '../src/scenario/generate';
import { listScenarioFiles, payloadOf, readKnownIds } from '../src/scenario/load';
import { optionsNow } from '../src/scenario/queries';
import { errorCount } from '../src/scenario/report';
import { startSnapshot, step } from '../src/scenario/replay';
import type { CompiledScenario } from '../src/scenario/types';

const root = fileURLToPath(new URL('..', import.meta.url));
const known = readKnownIds(root);
if (!known.ok) throw new Error(known.problems.join('\n'));
const ids = known.ids;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 1 ? 4 : 0)} ms`);
const count = (n: number | string) => Number(n).toLocaleString('en-GB');

/** Random plays until `count` transitions have been timed one by one. */
function transitionTimes(payload: CompiledScenario, n: number): number[] {
  const engine = compile(payload);
  const times: number[] = [];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  while (times.length < n) {
    let snapshot = startSnapshot(engine);
    while (snapshot.status === 'active' && times.length < n) {
      const open = optionsNow(engine, snapshot).filter((o) => o.available);
      const choice = open[Math.floor(random() * open.length)];
      if (!choice) break;
      const started = performance.now();
      const next = step(engine, snapshot, choice.id);
      times.push(performance.now() - started);
      if (!next) break;
      snapshot = next;
    }
  }
  return times;
}

/** One analysis, with its wall-clock and CPU time. */
function timed(file: string, text: string): { result: AnalysisResult; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = analyseScenario(file, text, ids);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

function bench(label: string, file: string, text: string, target: string, warm = true): void {
  if (warm) analyseScenario(file, text, ids); // so the JIT is not what we measure
  const { result, wall, cpu } = timed(file, text);
  const { parse, validate, analyse } = result.timings;
  const stats = result.stats;
  console.log(
    [
      `${label.padEnd(34)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(8)}`,
      `read ${ms(parse)}`,
      `validate ${ms(validate)}`,
      `analyse ${ms(analyse)}`,
      `total ${ms(wall)} (cpu ${ms(cpu)})`,
      `(target ${target})`,
    ].join('  '),
  );
  const payload = payloadOf(result, ids.framework);
  if (!stats || !payload) {
    console.log(`  (has errors: ${errorCount(result.report)}; compile and transitions skipped)`);
    return;
  }
  const length = stats.shortest === stats.longest ? `${stats.shortest}` : `${stats.shortest}–${stats.longest}`;
  const compileTimes = Array.from({ length: 5 }, () => {
    const started = performance.now();
    compile(payload);
    return performance.now() - started;
  });
  const times = transitionTimes(payload, 20_000);
  console.log(
    `  ${stats.mode} analysis: ${count(stats.states ?? 0)} states, ${count(stats.plays)} plays, ${length} decisions per play, ${stats.scenes} scenes` +
      `; compile (machine) median ${ms(median(compileTimes))}; choose transition median ${ms(median(times))} (target ≤ 0.1 ms)`,
  );
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
console.log(
  `Node ${process.version}, ${availableParallelism()} cores (os.availableParallelism), load average ${load}, ${new Date().toISOString()}`,
);
console.log(
  'Each analysis runs on one thread; "total" is wall-clock time from the YAML text to the finished report, "cpu" adds V8\'s background threads (garbage collection, compilation).\n',
);

const library = listScenarioFiles(root).map((file) => ({ file, text: readFileSync(`${root}/${file}`, 'utf8') }));
const cold = performance.now();
const coldCpu = process.cpuUsage();
for (const { file, text } of library) analyseScenario(file, text, ids);
const coldUsed = process.cpuUsage(coldCpu);
console.log(
  `cold: the ${library.length} shipped scenarios analysed in a fresh process, as a build with an empty cache does: ${ms(performance.now() - cold)} (cpu ${ms((coldUsed.user + coldUsed.system) / 1000)})\n`,
);

for (const { file, text } of library) bench(file, file, text, '≤ 1 s, exact');
bench(
  'tests/fixtures/scenarios/reference.yaml',
  'reference.yaml',
  readFileSync(`${root}/tests/fixtures/scenarios/reference.yaml`, 'utf8'),
  '≤ 1 s, exact',
);
for (const scenes of [100, 500]) {
  const scenario = generateScenario(scenes);
  bench(`generated, ${scenes} scenes`, `${scenario.id}.yaml`, generatedFile(scenario), 'exact');
}
const wide = generateScenario(2000, { width: 300 });
bench('generated, 2,000 scenes', `${wide.id}.yaml`, generatedFile(wide), '≤ 2 s including reading the YAML, exact');
const { scenes, ...shape } = DEEP_SHAPE;
const deep = generateScenario(scenes, shape);
bench(
  `generated, deep (${scenes} scenes)`,
  `${deep.id}.yaml`,
  generatedFile(deep),
  '≤ 15 s, exact, ≥ 25 decisions per play, ≥ 1,000,000 states',
  false,
);
