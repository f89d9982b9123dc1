import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeResumeState,
  encodeResumeState,
  fitsScorm12,
  questionsFingerprint,
  resumeStateFromRecord,
  SCORM12_SUSPEND_LIMIT,
  courseOutline,
  type CourseOutline,
  type ModuleResume,
  type ResumeState,
  type RunResume,
  type ScenarioResume,
} from '../../../src/lms/suspend-data';
import { completeModule } from '../../../src/record/module-progress';
import { emptyRecord } from '../../../src/record/record';
import { replay, startSnapshot, step } from '../../../src/scenario/runtime';
import { shippedEngines } from '../facilitation/helpers';
import { longestPlay, playRun, shippedModules } from './helpers';

/** The format's checksum, written again here so tests can forge well-signed but malformed data. */
function resign(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${body};${(h % 36 ** 4).toString(36).padStart(4, '0')}`;
}

// ——— Generators of states in their one canonical form (whole seconds, no trailing unanswered questions) ———

const id = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/).filter((s) => s !== 'constructor' && s !== 'prototype');
/** Up to 2100: seven base-36 digits of seconds, longer than today's six. */
const time = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000);
const answers = fc
  .array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: 1, maxLength: 9 })
  .filter((a) => a.at(-1) !== null);
const moduleResume: fc.Arbitrary<ModuleResume> = fc
  .record({
    completedAt: fc.option(time, { nil: null }),
    checks: fc.option(fc.record({ fingerprint: fc.stringMatching(/^[0-9a-z]{4}$/), answers }), { nil: null }),
  })
  .filter((m) => m.completedAt !== null || m.checks !== null);
const run: fc.Arbitrary<RunResume> = fc.record({
  version: fc.stringMatching(/^[0-9a-f]{8}$/),
  positions: fc.array(fc.integer({ min: 0, max: 35 }), { maxLength: 40 }),
  at: time,
});
const scenarioResume: fc.Arbitrary<ScenarioResume> = fc
  .record({ finished: fc.option(run, { nil: null }), unfinished: fc.option(run, { nil: null }) })
  .filter((s) => s.finished !== null || s.unfinished !== null);
const resumeState: fc.Arbitrary<ResumeState> = fc.record({
  updatedAt: time,
  modules: fc.dictionary(id, moduleResume, { maxKeys: 15 }),
  scenarios: fc.dictionary(id, scenarioResume, { maxKeys: 8 }),
});

describe('suspend data: round trips', () => {
  it('decodes every state to exactly what was encoded', () => {
    fc.assert(
      fc.property(resumeState, (state) => {
        const encoded = encodeResumeState(state);
        expect(encoded).toMatch(/^[0-9a-z;:,.-]+$/);
        expect(decodeResumeState(encoded)).toEqual({ ok: true, state });
      }),
      { numRuns: 500 },
    );
  });

  it('encodes anything, however out of shape, without throwing, and its encoding is stable', () => {
    const loose = fc.record({
      updatedAt: fc.oneof(fc.double(), fc.integer()),
      modules: fc.dictionary(
        fc.string(),
        fc.record({
          completedAt: fc.option(fc.double(), { nil: null }),
          checks: fc.option(fc.record({ fingerprint: fc.string(), answers: fc.array(fc.option(fc.integer(), { nil: null })) }), {
            nil: null,
          }),
        }),
      ),
      scenarios: fc.dictionary(
        fc.string(),
        fc.record({
          finished: fc.option(fc.record({ version: fc.string(), positions: fc.array(fc.integer()), at: fc.double() }), {
            nil: null,
          }),
          unfinished: fc.option(
            fc.record({ version: fc.stringMatching(/^[0-9a-f]{0,10}$/), positions: fc.array(fc.nat(40)), at: fc.nat() }),
            { nil: null },
          ),
        }),
      ),
    });
    fc.assert(
      fc.property(loose, (state) => {
        const encoded = encodeResumeState(state);
        const decoded = decodeResumeState(encoded);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(encodeResumeState(decoded.state)).toBe(encoded);
      }),
      { numRuns: 300 },
    );
  });

  it('survives a reload through trimming of empty parts: nothing to say encodes as empty lists', () => {
    const encoded = encodeResumeState({ updatedAt: 0, modules: { a: { completedAt: null, checks: null } }, scenarios: {} });
    expect(encoded).toMatch(/^cbr1;0;;;[0-9a-z]{4}$/);
    expect(decodeResumeState(encoded)).toEqual({ ok: true, state: { updatedAt: 0, modules: {}, scenarios: {} } });
  });
});

describe('suspend data: damaged and foreign data', () => {
  const good = encodeResumeState({
    updatedAt: Date.UTC(2025, 4, 1),
    modules: { trajectories: { completedAt: Date.UTC(2025, 3, 30), checks: { fingerprint: 'ab12', answers: [1, null, 3] } } },
    scenarios: {
      sami: { finished: { version: '5789c707', positions: [0, 2, 1, 0], at: Date.UTC(2025, 3, 29) }, unfinished: null },
    },
  });
  const body = good.slice(0, good.lastIndexOf(';'));

  it.each([
    ['nothing', '', 'empty'],
    ['blank space', '   ', 'empty'],
    ['another course’s bookmark', 'page=12&score=80', 'foreign'],
    ['JSON', '{"modules":{}}', 'foreign'],
    ['a newer format', good.replace(/^cbr1/, 'cbr2'), 'newer'],
    ['a changed character', good.replace('trajectories', 'trajectorief'), 'damaged'],
    ['a cut-off end', good.slice(0, -3), 'damaged'],
    ['an LMS that cut it short', good.slice(0, 20), 'damaged'],
    ['a missing checksum', body, 'damaged'],
    ['format number written oddly', resign(body.replace(/^cbr1/, 'cbr01')), 'damaged'],
    ['a part missing', resign(body.slice(0, body.lastIndexOf(';'))), 'damaged'],
    ['a module repeated', resign(body.replace('trajectories:', 'trajectories:1,trajectories:')), 'damaged'],
    ['a module with nothing in it', resign(body.replace(';trajectories:', ';empty-one,trajectories:')), 'damaged'],
    ['an id that is not kebab-case', resign(body.replace('trajectories', 'Trajectories')), 'damaged'],
    ['a forbidden key', resign(body.replace('trajectories', 'constructor')), 'damaged'],
    ['a short version', resign(body.replace('5789c707', '5789c70')), 'damaged'],
    ['a time with a leading zero', resign(body.replace(/^cbr1;/, 'cbr1;0')), 'damaged'],
    ['checks of only unanswered questions', resign(body.replace(/ab12[0-9a-z]+/, 'ab1200')), 'damaged'],
    ['a trailing unanswered pair', resign(body.replace(/(ab12[0-9a-z]+)/, '$10')), 'damaged'],
    ['a time past the Date range', resign(body.replace(/^cbr1;[0-9a-z]+/, 'cbr1;zzzzzzzzz')), 'damaged'],
  ])('refuses %s with a reason', (_what, text, problem) => {
    const decoded = decodeResumeState(text);
    expect(decoded).toMatchObject({ ok: false, problem });
    if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(20);
  });

  it('never throws, and never accepts text it would not have written', () => {
    const mutated = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .tuple(fc.nat(good.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1)),
      fc
        .tuple(fc.nat(good.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, s]) => resign(body.slice(0, at) + s + body.slice(at + 1))),
      fc.nat(good.length).map((n) => good.slice(0, n)),
    );
    fc.assert(
      fc.property(mutated, (text) => {
        const decoded = decodeResumeState(text);
        if (decoded.ok) expect(encodeResumeState(decoded.state)).toBe(text);
        else expect(['empty', 'foreign', 'newer', 'damaged']).toContain(decoded.problem);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes ids in one order whatever the object holds, and refuses any other order', () => {
    // An id of digits only comes first in a JavaScript object, whatever order it was added in.
    const state = {
      updatedAt: 1_700_000_000_000,
      modules: {
        trajectories: { completedAt: 1_700_000_000_000, checks: null },
        '800': { completedAt: 1_700_000_000_000, checks: null },
      },
      scenarios: {},
    };
    const text = encodeResumeState(state);
    expect(text.indexOf('800:')).toBeLessThan(text.indexOf('trajectories:'));
    const back = decodeResumeState(text);
    expect(back.ok && encodeResumeState(back.state)).toBe(text);
    // The same modules the other way round, correctly signed, were not written by the encoder.
    const [head, updated, modules, rest] = text.slice(0, text.lastIndexOf(';')).split(';') as [string, string, string, string];
    const swapped = resign([head, updated, modules.split(',').reverse().join(','), rest].join(';'));
    expect(decodeResumeState(swapped)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('checks the SCORM 1.2 limit itself, since scorm-again allows 64,000 characters', () => {
    expect(fitsScorm12('x'.repeat(SCORM12_SUSPEND_LIMIT))).toBe(true);
    expect(fitsScorm12('x'.repeat(SCORM12_SUSPEND_LIMIT + 1))).toBe(false);
  });
});

// ——— The largest real case ———

describe('suspend data: the largest real case', () => {
  const engines = shippedEngines();
  const modules = shippedModules();
  // Late in the century, so every time takes seven base-36 digits rather than today's six.
  const T = Date.UTC(2099, 11, 31, 12, 0, 0);

  // Every module complete with every question answered (with its last answer, as likely as any),
  // and every scenario with a finished run along its longest play and an unfinished run one
  // decision short of it: the most a learner's record can ask suspend_data to hold.
  let record = emptyRecord();
  for (const [i, m] of modules.entries()) {
    record = completeModule(record, { id: m.id, title: m.id, minutes: 60 }, T - i * 86_400_000);
    for (const q of m.questions) {
      const answer = q.answers - 1;
      record.checks[`modules/${m.id}/#${q.id}`] = { answer, correct: answer === q.correct, updatedAt: T };
    }
  }
  const plays = new Map([...engines].map(([sid, engine]) => [sid, longestPlay(engine)]));
  for (const [sid, engine] of engines) {
    const play = plays.get(sid)!;
    record = playRun(record, engine, `run-${sid}-done`, play, T - 7_200_000, true);
    record = playRun(record, engine, `run-${sid}-open`, play.slice(0, -1), T - 1_800_000, false);
  }
  const outline = courseOutline(modules, engines.values());
  const state = resumeStateFromRecord(record, outline);
  const encoded = encodeResumeState(state);

  it('holds every module, every answer and both runs of every scenario', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(state.modules).sort()).toEqual(modules.map((m) => m.id).sort());
    for (const m of modules) {
      const item = state.modules[m.id]!;
      expect(item.completedAt).not.toBeNull();
      expect(item.checks).toEqual({
        fingerprint: questionsFingerprint(m.questions.map((q) => q.id)),
        answers: m.questions.map((q) => q.answers - 1),
      });
    }
    expect(Object.keys(state.scenarios).sort()).toEqual([...engines.keys()].sort());
    for (const [sid, engine] of engines) {
      const { finished, unfinished } = state.scenarios[sid]!;
      expect(finished?.positions).toHaveLength(engine.payload.stats.longest);
      expect(unfinished?.positions).toHaveLength(engine.payload.stats.longest - 1);
      expect(finished?.version).toBe(engine.payload.hash.slice(0, 8));
    }
  });

  it('is dated by its latest change, so an unchanged record encodes, and commits, the same text', () => {
    expect(state.updatedAt).toBe(T);
    expect(encodeResumeState(resumeStateFromRecord(structuredClone(record), outline))).toBe(encoded);
  });

  it(`fits SCORM 1.2's ${SCORM12_SUSPEND_LIMIT} characters`, () => {
    console.log(
      `largest real suspend_data: ${encoded.length} characters of ${SCORM12_SUSPEND_LIMIT} ` +
        `(${modules.length} modules, ${modules.reduce((n, m) => n + m.questions.length, 0)} questions, ` +
        `${engines.size} scenarios with a finished run of ${[...plays.values()].map((p) => p.length).join('/')} decisions and an unfinished one)`,
    );
    expect(fitsScorm12(encoded)).toBe(true);
  });

  it('reads back after a reload, and its positions replay to the same plays and endings', () => {
    const decoded = decodeResumeState(encoded);
    expect(decoded).toEqual({ ok: true, state });
    if (!decoded.ok) return;
    for (const [sid, engine] of engines) {
      const { finished, unfinished } = decoded.state.scenarios[sid]!;
      const toOptions = (positions: number[]) => {
        let snapshot = startSnapshot(engine);
        return positions.map((p) => {
          const option = engine.payload.scenario.scenes[snapshot.context.scene!]!.decision.options[p]!.id;
          snapshot = step(engine, snapshot, option)!;
          return option;
        });
      };
      const play = plays.get(sid)!;
      expect(toOptions(finished!.positions)).toEqual(play);
      expect(toOptions(unfinished!.positions)).toEqual(play.slice(0, -1));
      const replayed = replay(engine, toOptions(finished!.positions));
      expect(replayed.ok && replayed.snapshot.context.ending).toBe(record.runs[`run-${sid}-done`]!.ending);
    }
  });

  it('leaves out runs of another version of a scenario, whose positions could mean other options', () => {
    const [sid, engine] = [...engines][0]!;
    const changed: CourseOutline = {
      ...outline,
      scenarios: [{ id: sid, hash: `ffffffff${engine.payload.hash.slice(8)}`, scenes: engine.payload.scenario.scenes }],
    };
    expect(resumeStateFromRecord(record, changed).scenarios).toEqual({});
  });
});
