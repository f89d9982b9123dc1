import type { LearnerRecord, ScenarioRun } from '../record/record';
import type { Catalogue } from './catalogue';
import { activityTypes, courseIri, decisionIri, extensionIri, moduleIri, scenarioIri, verbs, type ExtensionName } from './iris';
import type { Activity, Agent, Context, Extensions, PendingStatement, Result, Statement, Verb } from './types';
import { uuidFromText } from './uuid';

/*
 * Statements are derived from what changed between two copies of the learner record, the single
 * source of truth of what the learner did, rather than sent by the components that change it:
 * the player and the module page need not know that xAPI exists, and what is reported can never
 * disagree with the record (docs/decisions.md). Only modules and scenario runs are read: no
 * reflection, answer, activity map, CPD entry or profile ever reaches a statement.
 */

export interface StatementContext {
  /** Start of every activity id (iris.ts `activityBase`). */
  activityBase: string;
  actor: Agent;
  /** The course title, sent as the context's platform and the course activity's name. */
  courseTitle: string;
  /** Score (0–100) at or above which a finished scenario counts as a success. */
  passMark: number;
  /**
   * Events before this time are not reported: an imported or restored record brings back old
   * items that are not news, and a page only reports what happened while it was open.
   */
  since: number;
  catalogue: Catalogue;
  uuid: () => string;
}

const en = (text: string) => ({ 'en-GB': text });
const iso = (ms: number) => new Date(ms).toISOString();

/** An ISO 8601 duration to the hundredth of a second, as xAPI asks. */
export function isoDuration(ms: number): string {
  return `PT${Math.round(Math.max(0, ms) / 10) / 100}S`;
}

function activity(id: string, type: string, name: string): Activity {
  return { objectType: 'Activity', id, definition: { type, name: en(name) } };
}

function extensions(ctx: StatementContext, values: Partial<Record<ExtensionName, unknown>>): Extensions {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [extensionIri(ctx.activityBase, name as ExtensionName), value]),
  );
}

function scenarioActivity(ctx: StatementContext, scenarioId: string): Activity {
  const name = ctx.catalogue.scenarioTitle(scenarioId) ?? scenarioId;
  return activity(scenarioIri(ctx.activityBase, scenarioId), activityTypes.scenario, name);
}

interface ContextExtra {
  registration?: string;
  parent?: Activity;
  extensions?: Extensions;
}

/** Every statement is grouped under the course; a decision's parent is its scenario. */
function context(ctx: StatementContext, { registration, parent, extensions }: ContextExtra): Context {
  const course = activity(courseIri(ctx.activityBase), activityTypes.course, ctx.courseTitle);
  return {
    ...(registration ? { registration } : {}),
    platform: ctx.courseTitle,
    language: 'en-GB',
    contextActivities: { ...(parent ? { parent: [parent] } : {}), grouping: [course] },
    ...(extensions ? { extensions } : {}),
  };
}

function statement(
  ctx: StatementContext,
  key: string,
  at: number,
  verb: Verb,
  object: Activity,
  rest: { result?: Result; context?: ContextExtra } = {},
): PendingStatement {
  const built: Statement = {
    id: ctx.uuid(),
    actor: ctx.actor,
    verb,
    object,
    ...(rest.result ? { result: rest.result } : {}),
    context: context(ctx, rest.context ?? {}),
    timestamp: iso(at),
  };
  return { key, statement: built };
}

function moduleStatements(before: LearnerRecord, after: LearnerRecord, ctx: StatementContext): PendingStatement[] {
  const found: PendingStatement[] = [];
  for (const [id, item] of Object.entries(after.modules)) {
    const at = item.completedAt;
    // A module taken back and completed again is completed again: the time tells them apart.
    if (at === null || at < ctx.since || before.modules[id]?.completedAt === at) continue;
    const name = ctx.catalogue.moduleTitle(id) ?? id;
    const object = activity(moduleIri(ctx.activityBase, id), activityTypes.module, name);
    found.push(statement(ctx, `module|${id}|${at}`, at, verbs.completed, object, { result: { completion: true } }));
  }
  return found;
}

function decisionActivity(ctx: StatementContext, scenarioId: string, sceneId: string): Activity {
  const id = decisionIri(ctx.activityBase, scenarioId, sceneId);
  const info = ctx.catalogue.decision(scenarioId, sceneId);
  if (!info) return activity(id, activityTypes.interaction, sceneId);
  return {
    objectType: 'Activity',
    id,
    definition: {
      type: activityTypes.interaction,
      name: en(info.title),
      description: en(info.question),
      interactionType: 'choice',
      choices: info.options.map((o) => ({ id: o.id, description: en(o.label) })),
    },
  };
}

/** The raw score: the mean of the assessed dimensions' normalised scores (0–100), to two decimals. */
function scoreOf(scores: Record<string, number>): number | null {
  const values = Object.values(scores);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

function finishedResult(ctx: StatementContext, run: ScenarioRun, finishedAt: number): Result {
  const scores = run.scores ?? {};
  const raw = scoreOf(scores);
  return {
    completion: true,
    ...(raw === null
      ? {}
      : { success: raw >= ctx.passMark, score: { scaled: Math.round(raw * 100) / 10_000, raw, min: 0, max: 100 } }),
    duration: isoDuration(finishedAt - run.startedAt),
    extensions: extensions(ctx, {
      'dimension-scores': scores,
      ...(run.ending ? { ending: run.ending } : {}),
      'critical-errors': run.criticalErrors ?? 0,
    }),
  };
}

function runStatements(previous: ScenarioRun | undefined, run: ScenarioRun, ctx: StatementContext): PendingStatement[] {
  const found: PendingStatement[] = [];
  const scenario = scenarioActivity(ctx, run.scenarioId);
  const registration = uuidFromText(run.runId);

  if (!previous && run.startedAt >= ctx.since) {
    // A run opened to branch from a finished one, or rebuilt after a scenario update, starts with
    // decisions made in an earlier run: they were reported with that run, so here they are only counted.
    const carried = run.choices.length;
    found.push(
      statement(ctx, `launched|${run.runId}`, run.startedAt, verbs.launched, scenario, {
        context: { registration, ...(carried ? { extensions: extensions(ctx, { 'decisions-carried-over': carried }) } : {}) },
      }),
    );
  }

  if (previous) {
    const seen = new Set(previous.choices.map((c, i) => `${i}|${c.at}|${c.optionId}`));
    run.choices.forEach((choice, i) => {
      if (choice.at < ctx.since || seen.has(`${i}|${choice.at}|${choice.optionId}`)) return;
      const kind = ctx.catalogue.decision(run.scenarioId, choice.sceneId)?.options.find((o) => o.id === choice.optionId)?.kind;
      found.push(
        statement(
          ctx,
          `answered|${run.runId}|${i}|${choice.at}`,
          choice.at,
          verbs.answered,
          decisionActivity(ctx, run.scenarioId, choice.sceneId),
          {
            result: { response: choice.optionId, ...(kind ? { extensions: extensions(ctx, { 'option-kind': kind }) } : {}) },
            context: { registration, parent: scenario },
          },
        ),
      );
    });
  }

  const finishedAt = run.finishedAt;
  if (finishedAt !== null && finishedAt >= ctx.since && previous?.finishedAt == null) {
    found.push(
      statement(ctx, `finished|${run.runId}`, finishedAt, verbs.completed, scenario, {
        result: finishedResult(ctx, run, finishedAt),
        context: { registration },
      }),
    );
  }
  return found;
}

const verbOrder: Record<string, number> = { [verbs.launched.id]: 0, [verbs.answered.id]: 1, [verbs.completed.id]: 2 };

/**
 * The statements for what happened between `before` and `after`, oldest first: modules newly
 * completed, scenario runs launched, decisions answered and runs finished.
 */
export function statementsBetween(before: LearnerRecord, after: LearnerRecord, ctx: StatementContext): PendingStatement[] {
  if (before === after) return [];
  const found = moduleStatements(before, after, ctx);
  for (const [runId, run] of Object.entries(after.runs)) {
    if (before.runs[runId] !== run) found.push(...runStatements(before.runs[runId], run, ctx));
  }
  return found.sort(
    (a, b) =>
      Date.parse(a.statement.timestamp) - Date.parse(b.statement.timestamp) ||
      (verbOrder[a.statement.verb.id] ?? 0) - (verbOrder[b.statement.verb.id] ?? 0),
  );
}
