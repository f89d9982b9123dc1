import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { debrief } from '../../../src/scenario/debrief';
import { isLibraryFile } from '../../../src/scenario/library-bar';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../../src/scenario/load';
import { playThrough, root } from './helpers';

/*
 * The scenario library (scenarios/*.yaml). Its rules are the checker's (src/scenario/library-*.ts,
 * applied to every file in scenarios/), and library-findings.test.ts shows each one firing; here
 * every shipped scenario must come through the checker with nothing to report. What stays here is
 * what no single file can show: the library's size and a critical safeguarding moment somewhere in
 * it, and that the debrief then flags each critical choice.
 */
const known = readKnownIds(root);
if (!known.ok) throw new Error(known.problems.join('\n'));
const files = listScenarioFiles(root);
const only = process.env['SCENARIO'];

it('has at least five scenarios', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

describe.each(files.filter((f) => !only || f.includes(only)))('%s', (file) => {
  const result = loadScenarioFile(root, file, known.ids);
  const report = result.report.messages.map((m) => `${m.line}:${m.column} [${m.code}] ${m.message}`);

  it('meets every library rule: the checker, applying them, reports nothing', () => {
    expect(isLibraryFile(file)).toBe(true);
    expect(report).toEqual([]);
  });
  if (!result.ok) return;
  const engine = compile(result.compiled);
  const critical = Object.values(result.compiled.scenario.scenes).flatMap((s) =>
    s.decision.options.filter((o) => o.critical).map((o) => o.id),
  );

  it.runIf(critical.length > 0)('flags each critical safeguarding choice in the debrief', () => {
    for (const id of critical) {
      const route = playThrough(engine, id);
      expect(route, id).toBeDefined();
      expect(debrief(engine, route!).critical.map((c) => c.option)).toContain(id);
    }
  });
});

it('has at least one critical safeguarding moment across the library', () => {
  const critical = files.flatMap((file) => {
    const r = loadScenarioFile(root, file, known.ids);
    return r.ok ? Object.values(r.compiled.scenario.scenes).flatMap((s) => s.decision.options.filter((o) => o.critical)) : [];
  });
  expect(critical.length).toBeGreaterThan(0);
});
