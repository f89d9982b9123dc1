import { describe, expect, it } from 'vitest';
import { completeModule, uncompleteModule, visitModule } from '../../../src/record/module-progress';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';
import { saveReflection } from '../../../src/record/reflections';
import { finishRun, recordChoice, recordRewind, startRun } from '../../../src/record/scenarios';
import { createStore } from '../../../src/record/store';
import { addCpdEntry } from '../../../src/record/cpd';
import { emptyCatalogue, type Catalogue } from '../../../src/xapi/catalogue';
import { activityBase } from '../../../src/xapi/iris';
import { isoDuration, statementsBetween, type StatementContext } from '../../../src/xapi/statements';
import type { Statement } from '../../../src/xapi/types';
import { uuidFromText } from '../../../src/xapi/uuid';
import { FakeStorage } from '../record/fake-storage';
import { expectValidStatement } from './shape';

const BASE = 'https://learning.example.org/cpd/';
const LEARNER = '5f0c7a52-8d4e-4b7a-9c51-2e3f4a5b6c7d';
const T = Date.UTC(2025, 2, 10, 9, 30);
const actor = { objectType: 'Agent' as const, account: { homePage: BASE, name: LEARNER } };
const en = (text: string) => ({ 'en-GB': text });
const course = {
  objectType: 'Activity',
  id: BASE,
  definition: { type: 'http://adlnet.gov/expapi/activities/course', name: en('Crossing Boundaries') },
};
const ext = (name: string) => `${BASE}xapi/extensions/${name}`;

const catalogue: Catalogue = {
  moduleTitle: (id) => (id === 'knowing-who' ? 'Knowing who can help' : undefined),
  scenarioTitle: (id) => (id === 'amira' ? 'Amira: nursery to Year 7' : undefined),
  decision: (scenarioId, sceneId) =>
    scenarioId === 'amira' && sceneId === 'speech-worry'
      ? {
          title: 'A worry about speech',
          question: 'What do you do next?',
          options: [
            { id: 'call-hv', label: 'Call the health visitor', kind: 'joint-action' },
            { id: 'refer-salt', label: 'Refer to speech and language therapy', kind: 'referral' },
          ],
        }
      : undefined,
};

/** Statement ids 1, 2, 3 … in UUID form, so expected statements can be written out in full. */
function context(overrides: Partial<StatementContext> = {}): StatementContext {
  let n = 0;
  return {
    activityBase: BASE,
    actor,
    courseTitle: 'Crossing Boundaries',
    passMark: 60,
    since: 0,
    catalogue,
    uuid: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`,
    ...overrides,
  };
}
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const statementsOf = (before: LearnerRecord, after: LearnerRecord, ctx = context()): Statement[] =>
  statementsBetween(before, after, ctx).map((p) => p.statement);

const module = { id: 'knowing-who', title: 'Knowing who can help', minutes: 45 };
const amira = { scenarioId: 'amira', scenarioHash: 'hash-1' };
const result = {
  ending: 'thriving',
  scores: { 'whole-child': 80, 'knowing-who': 55 },
  criticalErrors: 1,
  cpd: { title: 'Amira', minutes: 40 },
};
const scenarioActivity = {
  objectType: 'Activity',
  id: `${BASE}scenarios/amira/`,
  definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: en('Amira: nursery to Year 7') },
};

describe('module completion', () => {
  it('gives one completed statement with the module as an activity', () => {
    const before = visitModule(emptyRecord(), module.id, T - 60_000);
    const after = completeModule(before, module, T);
    expect(statementsBetween(before, after, context())).toEqual([
      {
        key: `module|knowing-who|${T}`,
        statement: {
          id: id(1),
          actor,
          verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: en('completed') },
          object: {
            objectType: 'Activity',
            id: `${BASE}modules/knowing-who/`,
            definition: { type: 'http://adlnet.gov/expapi/activities/module', name: en('Knowing who can help') },
          },
          result: { completion: true },
          context: { platform: 'Crossing Boundaries', language: 'en-GB', contextActivities: { grouping: [course] } },
          timestamp: '2025-03-10T09:30:00.000Z',
        },
      },
    ]);
  });

  it('says nothing for a visit, or for completing a completed module; a module taken back and completed again is new', () => {
    const visited = visitModule(emptyRecord(), module.id, T);
    expect(statementsOf(emptyRecord(), visited)).toEqual([]);
    const done = completeModule(visited, module, T + 1);
    expect(statementsOf(done, completeModule(done, module, T + 2))).toEqual([]);
    expect(statementsOf(done, visitModule(done, module.id, T + 3))).toEqual([]);
    const undone = uncompleteModule(done, module.id, T + 4).record;
    expect(statementsOf(done, undone)).toEqual([]);
    const again = statementsBetween(undone, completeModule(undone, module, T + 5), context());
    expect(again.map((p) => p.key)).toEqual([`module|knowing-who|${T + 5}`]);
  });
});

describe('scenario runs', () => {
  const registration = uuidFromText('run-1');
  const started = startRun(emptyRecord(), { runId: 'run-1', ...amira }, T);
  const chose = recordChoice(started, 'run-1', { sceneId: 'speech-worry', optionId: 'call-hv' }, T + 30_000);
  const finished = finishRun(chose, 'run-1', result, T + 754_321);

  it('launching a run gives launched, with the run as the registration', () => {
    expect(statementsOf(emptyRecord(), started)).toEqual([
      {
        id: id(1),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: en('launched') },
        object: scenarioActivity,
        context: { registration, platform: 'Crossing Boundaries', language: 'en-GB', contextActivities: { grouping: [course] } },
        timestamp: '2025-03-10T09:30:00.000Z',
      },
    ]);
  });

  it('each decision gives answered: the scene as a choice interaction, the option as the response, its kind as an extension', () => {
    expect(statementsOf(started, chose)).toEqual([
      {
        id: id(1),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: en('answered') },
        object: {
          objectType: 'Activity',
          id: `${BASE}scenarios/amira/scenes/speech-worry`,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            name: en('A worry about speech'),
            description: en('What do you do next?'),
            interactionType: 'choice',
            choices: [
              { id: 'call-hv', description: en('Call the health visitor') },
              { id: 'refer-salt', description: en('Refer to speech and language therapy') },
            ],
          },
        },
        result: { response: 'call-hv', extensions: { [ext('option-kind')]: 'joint-action' } },
        context: {
          registration,
          platform: 'Crossing Boundaries',
          language: 'en-GB',
          contextActivities: { parent: [scenarioActivity], grouping: [course] },
        },
        timestamp: '2025-03-10T09:30:30.000Z',
      },
    ]);
  });

  it('finishing gives completed with the score (mean of the assessed dimensions), success against the pass mark and the dimension scores', () => {
    expect(statementsOf(chose, finished)).toEqual([
      {
        id: id(1),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: en('completed') },
        object: scenarioActivity,
        result: {
          completion: true,
          success: true,
          score: { scaled: 0.675, raw: 67.5, min: 0, max: 100 },
          duration: 'PT754.32S',
          extensions: {
            [ext('dimension-scores')]: { 'whole-child': 80, 'knowing-who': 55 },
            [ext('ending')]: 'thriving',
            [ext('critical-errors')]: 1,
          },
        },
        context: { registration, platform: 'Crossing Boundaries', language: 'en-GB', contextActivities: { grouping: [course] } },
        timestamp: '2025-03-10T09:42:34.321Z',
      },
    ]);
  });

  it('fails below the pass mark, and sends no score when no dimension was assessed', () => {
    const low = finishRun(chose, 'run-1', { ...result, scores: { 'whole-child': 50, 'knowing-who': 55 } }, T + 1000);
    expect(statementsOf(chose, low)[0]!.result).toMatchObject({ success: false, score: { scaled: 0.525, raw: 52.5 } });
    const unscored = statementsOf(chose, finishRun(chose, 'run-1', { ...result, scores: {} }, T + 1000))[0]!.result!;
    expect(unscored.completion).toBe(true);
    expect(unscored).not.toHaveProperty('score');
    expect(unscored).not.toHaveProperty('success');
  });

  it('a whole play seen at once comes out oldest first: launched, answered, completed', () => {
    const verbsOf = (s: Statement[]) => s.map((x) => x.verb.display['en-GB']);
    // Seen one update at a time, as the page sees them.
    expect(
      [...statementsOf(emptyRecord(), started), ...statementsOf(started, chose), ...statementsOf(chose, finished)].map(
        (s) => s.verb.display['en-GB'],
      ),
    ).toEqual(['launched', 'answered', 'completed']);
    // A run first seen already played (another tab's whole play): its decisions were reported there.
    expect(verbsOf(statementsOf(emptyRecord(), finished))).toEqual(['launched', 'completed']);
  });

  it('after a rewind, only the decisions made again are answered', () => {
    const second = recordChoice(chose, 'run-1', { sceneId: 'speech-worry-2', optionId: 'tac' }, T + 60_000);
    const rewound = recordRewind(second, 'run-1', 1, T + 70_000);
    expect(statementsOf(second, rewound)).toEqual([]);
    const redone = recordChoice(rewound, 'run-1', { sceneId: 'speech-worry-2', optionId: 'wait' }, T + 80_000);
    const answered = statementsBetween(rewound, redone, context());
    expect(answered.map((p) => [p.key, p.statement.result?.response])).toEqual([[`answered|run-1|1|${T + 80_000}`, 'wait']]);
    // Unknown scene: still a valid statement, named by its id, with no kind.
    expect(answered[0]!.statement.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: en('speech-worry-2'),
    });
    expect(answered[0]!.statement.result).toEqual({ response: 'wait' });
  });

  it('a run branched from a finished one says how many decisions it carried over, without answering them again', () => {
    // What the player does to branch: one update that opens the run, copies the decisions and rewinds.
    let branched = startRun(finished, { runId: 'run-2', ...amira }, T + 900_000);
    branched = recordChoice(branched, 'run-2', { sceneId: 'speech-worry', optionId: 'call-hv' }, T + 900_000);
    branched = recordChoice(branched, 'run-2', { sceneId: 'speech-worry-2', optionId: 'tac' }, T + 900_000);
    branched = recordRewind(branched, 'run-2', 1, T + 900_000);
    const [launched, ...rest] = statementsOf(finished, branched);
    expect(rest).toEqual([]);
    expect(launched!.verb.id).toBe('http://adlnet.gov/expapi/verbs/launched');
    expect(launched!.context.registration).toBe(uuidFromText('run-2'));
    expect(launched!.context.extensions).toEqual({ [ext('decisions-carried-over')]: 1 });
  });
});

describe('what is never reported', () => {
  it('nothing older than `since`: an imported or restored record is not news', () => {
    const old = finishRun(playedOnce(), 'run-1', result, T + 5000);
    const imported = completeModule(old, module, T + 6000);
    expect(statementsOf(emptyRecord(), imported, context({ since: T + 10_000 }))).toEqual([]);
    expect(statementsOf(emptyRecord(), imported, context({ since: T }))).toHaveLength(3);
  });

  it('no reflection, CPD text, checked answer, activity map or display name ever appears in a statement', () => {
    const store = createStore(new FakeStorage());
    const secret = 'My manager Jo Bloggs ignored the referral for child X';
    saveReflection(store, 'modules/knowing-who/#first', secret, T, 'What happened?');
    saveReflection(store, 'scenarios/amira/#debrief', secret, T);
    store.update((r) => ({ ...r, profile: { displayName: 'Jo Bloggs', updatedAt: T } }));
    store.update((r) => ({ ...r, checks: { 'modules/knowing-who/#q1': { answer: 1, correct: true, updatedAt: T } } }));
    store.update((r) =>
      addCpdEntry(
        r,
        'cpd-1',
        { date: '2025-03-10', title: 'Supervision', type: 'reading', minutes: 30, did: secret, learned: secret, impact: secret },
        T,
      ),
    );
    const before = store.read();
    const everything = store.update((r) => finishRun(playedOnce(r), 'run-1', result, T + 2000));
    const after = store.update((r) => completeModule(r, module, T + 3000));
    const sent = JSON.stringify([
      ...statementsOf(emptyRecord(), everything),
      ...statementsOf(before, after),
      ...statementsOf(emptyRecord(), after),
    ]);
    expect(sent).not.toContain('Jo Bloggs');
    expect(sent).not.toContain('child X');
    expect(sent).not.toContain('What happened');
    expect(sent).not.toContain('Supervision');
    expect(sent).not.toMatch(/@/);
  });
});

function playedOnce(record = emptyRecord()): LearnerRecord {
  const started = startRun(record, { runId: 'run-1', ...amira }, T);
  return recordChoice(started, 'run-1', { sceneId: 'speech-worry', optionId: 'call-hv' }, T + 1000);
}

describe('identifiers and shapes', () => {
  function allKinds(ctx: StatementContext): Statement[] {
    const a = startRun(emptyRecord(), { runId: 'run-1', ...amira }, T);
    const b = recordChoice(a, 'run-1', { sceneId: 'speech-worry', optionId: 'refer-salt' }, T + 1000);
    const c = finishRun(b, 'run-1', result, T + 2000);
    const d = completeModule(c, module, T + 3000);
    return [emptyRecord(), a, b, c, d].flatMap((r, i, all) => (i ? statementsOf(all[i - 1]!, r, ctx) : []));
  }

  it('every statement meets the xAPI 1.0.3 rules', () => {
    const statements = allKinds(context());
    expect(statements.map((s) => s.verb.display['en-GB'])).toEqual(['launched', 'answered', 'completed', 'completed']);
    for (const s of statements) expectValidStatement(s);
  });

  it('without a public address, activity ids use the urn:crossing-boundaries: scheme; without names, ids name them', () => {
    expect(activityBase(undefined, '/cpd/')).toBe('urn:crossing-boundaries:');
    expect(activityBase('https://learning.example.org', '/cpd/')).toBe(BASE);
    const statements = allKinds(context({ activityBase: 'urn:crossing-boundaries:', catalogue: emptyCatalogue }));
    for (const s of statements) expectValidStatement(s);
    expect(statements.map((s) => [s.object.id, s.object.definition.name['en-GB']])).toEqual([
      ['urn:crossing-boundaries:scenarios:amira', 'amira'],
      ['urn:crossing-boundaries:scenarios:amira:scenes:speech-worry', 'speech-worry'],
      ['urn:crossing-boundaries:scenarios:amira', 'amira'],
      ['urn:crossing-boundaries:modules:knowing-who', 'knowing-who'],
    ]);
    expect(statements[0]!.context.contextActivities.grouping[0]!.id).toBe('urn:crossing-boundaries:course');
    expect(Object.keys(statements[2]!.result!.extensions!)).toContain('urn:crossing-boundaries:xapi:extensions:dimension-scores');
  });

  it('registrations are UUIDs, the same for the same run and different for different runs', () => {
    expect(uuidFromText('run-1')).toBe(uuidFromText('run-1'));
    const many = new Set(Array.from({ length: 1000 }, (_, i) => uuidFromText(`run-${i}`)));
    expect(many.size).toBe(1000);
    for (const u of [...many].slice(0, 50))
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('durations are ISO 8601 to the hundredth of a second', () => {
    expect(isoDuration(754_321)).toBe('PT754.32S');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});
