import { describe, expect, it } from 'vitest';
import validate from 'xapi-validation';
import { createPlaySession } from '../../../src/player/session';
import { completeModule } from '../../../src/record/module-progress';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';
import { finishRun, recordChoice, recordRewind, startRun } from '../../../src/record/scenarios';
import { createStore } from '../../../src/record/store';
import { compile } from '../../../src/scenario/compile';
import { listScenarioFiles } from '../../../src/scenario/load';
import { mixCategories, mixCategory, type CompiledScenario } from '../../../src/scenario/types';
import { emptyCatalogue, pageCatalogue, type Catalogue } from '../../../src/xapi/catalogue';
import { activityBase, extensionIri } from '../../../src/xapi/iris';
import { statementsBetween, type StatementContext } from '../../../src/xapi/statements';
import type { Statement } from '../../../src/xapi/types';
import { randomUuid } from '../../../src/xapi/uuid';
import { FakeStorage } from '../record/fake-storage';
import { compiledShipped, root } from '../scenario/helpers';

/*
 * Our statements as Learning Locker's own validator (xapi-validation) sees them. shape.ts holds the
 * rules as we read the spec; this is a second reading, by code an LRS runs on every statement it
 * receives, so a statement it would turn away with a 400 fails here rather than in a tutor's LRS.
 * Every kind of statement statements.ts makes is built from real plays of the shipped scenarios.
 */

/** One line per problem the validator reports: where it is, what kind, and the value it objects to. */
function problems(statement: Statement): string[] {
  return validate(statement).map((w) => `${w.path.join('.')}: ${w.name} (${JSON.stringify(w.data)})`);
}

/** Each statement with its problems; a clean batch is `[]`. */
const invalid = (statements: Statement[]) =>
  statements.flatMap((s) => {
    const found = problems(s);
    return found.length ? [{ key: `${s.verb.display['en-GB']} ${s.object.id}`, problems: found }] : [];
  });

const T = Date.UTC(2025, 2, 10, 9, 30);
const SITE = 'https://learning.example.org';
/** Ids from the page's public address, and the URN form a course without `site` uses. */
const bases = [activityBase(SITE, '/cpd/'), activityBase(undefined, '/cpd/')];
const module = { id: 'knowing-who', title: 'Knowing who can help', minutes: 45 };
const shipped = listScenarioFiles(root).map((file) => compiledShipped(file));

function context(base: string, catalogue: Catalogue): StatementContext {
  return {
    activityBase: base,
    // As the browser makes it: the site's origin and a random id, never a name or an email.
    actor: { objectType: 'Agent', account: { homePage: `${SITE}/`, name: randomUuid() } },
    courseTitle: 'Crossing Boundaries',
    passMark: 60,
    since: 0,
    catalogue,
    uuid: randomUuid,
  };
}

/** The catalogue a scenario's own page has: its title, and its scenes for the decisions. */
const scenarioPage = (payload: CompiledScenario) =>
  pageCatalogue({ path: `scenarios/${payload.scenario.id}/`, title: payload.scenario.title }, () => payload);

/** Every statement a sequence of record changes gives, as the tracker sees them one update at a time. */
function statementsOf(records: LearnerRecord[], ctx: StatementContext): Statement[] {
  return records.flatMap((r, i) => (i ? statementsBetween(records[i - 1]!, r, ctx).map((p) => p.statement) : []));
}

/** A whole play of the scenario's best path through the player, then the module completed. */
function finishedPlay(payload: CompiledScenario, ctx: StatementContext): Statement[] {
  const store = createStore(new FakeStorage());
  const records = [store.read()];
  store.subscribe((r) => records.push(r));
  let now = T;
  const session = createPlaySession(compile(payload), store, () => (now += 20_000));
  session.start();
  const path = payload.scenario.bestPath ?? Object.values(payload.stats.witnesses)[0]!;
  for (const option of path) {
    expect(session.choose(option), `${payload.scenario.id}: ${option}`).toBe(true);
    session.proceed();
  }
  store.update((r) => completeModule(r, module, (now += 60_000)));
  return statementsOf(records, ctx);
}

describe('Learning Locker’s xAPI validator', () => {
  it('finds no problem in a whole finished play of each shipped scenario or in a module completion', () => {
    expect(shipped.length).toBeGreaterThan(0);
    for (const base of bases)
      for (const payload of shipped) {
        const statements = finishedPlay(payload, context(base, scenarioPage(payload)));
        const path = payload.scenario.bestPath ?? Object.values(payload.stats.witnesses)[0]!;
        expect(statements.map((s) => s.verb.display['en-GB'])).toEqual([
          'launched',
          ...path.map(() => 'answered'),
          'completed',
          'completed',
        ]);
        // Each decision carries its option's kind, and the finished run its score.
        const kind = extensionIri(base, 'option-kind');
        for (const s of statements.filter((x) => x.verb.display['en-GB'] === 'answered'))
          expect(mixCategories, s.object.id).toContain(s.result?.extensions?.[kind]);
        expect(statements.at(-2)!.result).toMatchObject({ completion: true, score: { min: 0, max: 100 } });
        expect(invalid(statements), `${payload.scenario.id} under ${base}`).toEqual([]);
      }
  });

  it('finds no problem in an answer to any option of any scene, in every kind of option', () => {
    const kinds = new Set<string>();
    for (const base of bases)
      for (const payload of shipped) {
        const ctx = context(base, scenarioPage(payload));
        const started = startRun(
          emptyRecord(),
          { runId: 'run-1', scenarioId: payload.scenario.id, scenarioHash: payload.hash },
          T,
        );
        const answers: Statement[] = [];
        for (const [sceneId, scene] of Object.entries(payload.scenario.scenes))
          for (const option of scene.decision.options) {
            kinds.add(mixCategory({ kind: option.kind, critical: option.critical !== undefined }));
            const chose = recordChoice(started, 'run-1', { sceneId, optionId: option.id }, T + 1000);
            answers.push(...statementsOf([started, chose], ctx));
          }
        expect(answers.length).toBeGreaterThan(0);
        expect(invalid(answers), `${payload.scenario.id} under ${base}`).toEqual([]);
      }
    expect([...kinds].sort()).toEqual([...mixCategories].sort());
  });

  it('finds no problem in the rarer statements: a branched run, an unscored finish, activities the page cannot name', () => {
    const payload = shipped[0]!;
    const { id } = payload.scenario;
    const scene = Object.keys(payload.scenario.scenes)[0]!;
    const option = payload.scenario.scenes[scene]!.decision.options[0]!.id;
    const result = { ending: 'x', scores: {}, criticalErrors: 0, cpd: { title: 'x', minutes: 1 } };
    for (const base of bases)
      for (const catalogue of [scenarioPage(payload), emptyCatalogue]) {
        const a = startRun(emptyRecord(), { runId: 'run-1', scenarioId: id, scenarioHash: payload.hash }, T);
        const b = recordChoice(a, 'run-1', { sceneId: scene, optionId: option }, T + 1000);
        const c = finishRun(b, 'run-1', result, T + 2000);
        let d = startRun(c, { runId: 'run-2', scenarioId: id, scenarioHash: payload.hash }, T + 3000);
        // Branching from a finished run copies its decisions, then rewinds to the one kept.
        d = recordChoice(d, 'run-2', { sceneId: scene, optionId: option }, T + 3000);
        d = recordChoice(d, 'run-2', { sceneId: scene, optionId: option }, T + 3000);
        d = recordRewind(d, 'run-2', 1, T + 3000);
        const statements = statementsOf([emptyRecord(), a, b, c, d], context(base, catalogue));
        expect(statements.map((s) => s.verb.display['en-GB'])).toEqual(['launched', 'answered', 'completed', 'launched']);
        expect(statements[2]!.result).not.toHaveProperty('score');
        expect(statements[3]!.context.extensions).toEqual({ [extensionIri(base, 'decisions-carried-over')]: 1 });
        expect(invalid(statements), `${base}, ${catalogue === emptyCatalogue ? 'no names' : 'named'}`).toEqual([]);
      }
  });

  it('reports a statement broken the way ours could break, so a pass above means something', () => {
    const [good] = finishedPlay(shipped[0]!, context(bases[0]!, scenarioPage(shipped[0]!))).slice(-2);
    expect(problems(good!)).toEqual([]);
    const broken = structuredClone(good!);
    broken.result!.score!.raw = 101;
    broken.result!.extensions = { 'dimension-scores': {} };
    broken.context.registration = 'run-1';
    broken.timestamp = 'yesterday';
    expect(problems(broken).map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining([
        'statement.result.score',
        'statement.result.extensions',
        'statement.context.registration',
        'statement.timestamp',
      ]),
    );
  });
});
