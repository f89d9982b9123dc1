/**
 * Times the scenario engine: parsing, validation and analysis of every shipped scenario, the
 * reference fixture and generated scenarios of 100, 500 and 2,000 scenes; building the XState
 * machine in the browser (compile); and the median time of one `choose` transition.
 * Prints figures beside their targets; it never fails on time (tests never assert times).
 * Usage: tsx scripts/bench-engine.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseScenario } from '../src/scenario/analyse';
import { compile } from '../src/scenario/compile';
import { generateScenario, generatedFile } from '../src/scenario/generate';
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
const ms = (x: number) => `${x.toFixed(x < 1 ? 4 : 1)} ms`;

/** Random plays until `count` transitions have been timed one by one. */
function transitionTimes(payload: CompiledScenario, count: number): number[] {
  const engine = compile(payload);
  const times: number[] = [];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  while (times.length < count) {
    let snapshot = startSnapshot(engine);
    while (snapshot.status === 'active' && times.length < count) {
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

function bench(label: string, file: string, text: string, target?: string): void {
  analyseScenario(file, text, ids); // warm-up, so the JIT is not what we measure
  const result = analyseScenario(file, text, ids);
  const { parse, validate, analyse } = result.timings;
  const line = [`${label.padEnd(28)} ${(text.length / 1024).toFixed(0).padStart(6)} KB`];
  line.push(
    `parse ${ms(parse)}`,
    `validate ${ms(validate)}`,
    `analyse ${ms(analyse)}`,
    `validate+analyse ${ms(validate + analyse)}`,
  );
  if (target) line.push(`(target ${target})`);
  console.log(line.join('  '));
  const payload = payloadOf(result, ids.framework);
  if (!payload) {
    console.log(`  (has errors: ${errorCount(result.report)}; compile and transitions skipped)`);
    return;
  }
  const compileTimes = Array.from({ length: 5 }, () => {
    const started = performance.now();
    compile(payload);
    return performance.now() - started;
  });
  const times = transitionTimes(payload, 20_000);
  console.log(
    `  ${payload.stats.mode} analysis, ${payload.stats.scenes} scenes, plays ${payload.stats.mode === 'exact' ? '' : '≤ '}${payload.stats.plays}` +
      `; compile (machine) median ${ms(median(compileTimes))}; choose transition median ${ms(median(times))} over ${times.length} (target ≤ 0.1 ms)`,
  );
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
for (const file of [...listScenarioFiles(root), 'tests/fixtures/scenarios/reference.yaml']) {
  bench(file, file, readFileSync(`${root}/${file}`, 'utf8'));
}
for (const scenes of [100, 500, 2000]) {
  const scenario = generateScenario(scenes);
  bench(
    `generated, ${scenes} scenes`,
    `${scenario.id}.yaml`,
    generatedFile(scenario),
    scenes === 2000 ? 'analysis ≤ 2 s' : undefined,
  );
}
