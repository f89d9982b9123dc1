import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { analyseScenario, type AnalysisResult } from '../../../src/scenario/analyse';
import type { KnownIds } from '../../../src/scenario/checks';
import { compile, type ScenarioEngine } from '../../../src/scenario/compile';
import { readFramework } from '../../../src/authoring/course-facts';
import { formatMessage } from '../../../src/authoring/message';
import { loadScenarioFile, payloadOf, readKnownIds } from '../../../src/scenario/load';
import { optionsNow } from '../../../src/scenario/queries';
import { startSnapshot, step, type EngineSnapshot } from '../../../src/scenario/replay';
import type { CompiledScenario, Framework } from '../../../src/scenario/types';

export const root = join(import.meta.dirname, '..', '..', '..');
export const fixtures = join(root, 'tests', 'fixtures', 'scenarios');

const framework = readFramework(root);
if (!framework.framework) throw new Error(framework.messages.map(formatMessage).join('\n'));
export const testFramework: Framework = framework.framework;

/** Fixed ids, so the fixtures do not depend on content other people are still writing. */
export const knownIds: KnownIds = {
  framework: testFramework,
  roles: new Set([
    'class-teacher',
    'health-visitor',
    'school-nurse',
    'early-help-worker',
    'youth-justice-worker',
    'education-welfare-officer',
  ]),
  modules: new Set([
    'trajectories',
    'knowing-who',
    'relational-agency',
    'horizontal-learning',
    'co-configuration',
    'rule-bending',
    'professional-identity',
    'activity-theory',
    'developmental-work-research',
    'learning-organisations',
  ]),
  concepts: new Set([
    'accumulated-vulnerability',
    'parallel-support',
    'sequential-referral',
    'relational-agency',
    'co-configuration',
    'rule-bending',
    'significant-harm',
  ]),
};

export function fixtureText(relative: string): string {
  return readFileSync(join(fixtures, relative), 'utf8');
}

const analyses = new Map<string, AnalysisResult>();
/** Analyses are cached per file: the reference takes most of a second to explore. */
export function analyseFixture(relative: string): AnalysisResult {
  let result = analyses.get(relative);
  if (!result) {
    result = analyseScenario(`tests/fixtures/scenarios/${relative}`, fixtureText(relative), knownIds);
    analyses.set(relative, result);
  }
  return result;
}

export function compiledFixture(relative: string): CompiledScenario {
  const payload = payloadOf(analyseFixture(relative), testFramework);
  if (!payload)
    throw new Error(
      `${relative} does not load:\n${analyseFixture(relative)
        .report.messages.map((m) => m.message)
        .join('\n')}`,
    );
  return payload;
}

export function engineFor(relative: string): ScenarioEngine {
  return compile(compiledFixture(relative));
}

/** One complete play that makes the given choice, found depth first. */
export function playThrough(engine: ScenarioEngine, optionId: string): EngineSnapshot | undefined {
  const walk = (s: EngineSnapshot): EngineSnapshot | undefined => {
    if (s.status === 'done') return s.context.log.some((d) => d.option === optionId) ? s : undefined;
    for (const o of optionsNow(engine, s).filter((x) => x.available)) {
      const next = step(engine, s, o.id);
      const found = next && walk(next);
      if (found) return found;
    }
    return undefined;
  };
  return walk(startSnapshot(engine));
}

/** A shipped scenario (scenarios/<file>) compiled through the real checker, or an error naming it. */
export function compiledShipped(file: string): CompiledScenario {
  const known = readKnownIds(root);
  if (!known.ok) throw new Error(known.problems.join('\n'));
  const loaded = loadScenarioFile(root, file, known.ids);
  if (!loaded.ok) throw new Error(`${file} has errors: run the scenario check`);
  return loaded.compiled;
}

/**
 * An XState actor over a scenario's machine, fresh or resumed from a snapshot (live or persisted).
 * The site plays through pure transitions and never starts an actor; tests use one to show the
 * machine also behaves as an ordinary XState machine would.
 */
export function createPlayer(engine: ScenarioEngine, snapshot?: unknown) {
  return snapshot === undefined ? createActor(engine.machine) : createActor(engine.machine, { snapshot: snapshot as never });
}
