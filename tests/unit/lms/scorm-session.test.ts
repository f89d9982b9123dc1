import { describe, expect, it } from 'vitest';
import type { Scorm12API as Scorm12, Scorm2004API as Scorm2004 } from 'scorm-again';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { findScormApi, type FoundApi, type ScormVersion } from '../../../src/lms/scorm-api';
import {
  createScormSession,
  iso8601Duration,
  scorm12Timespan,
  type ScormProblem,
  type ScormSession,
} from '../../../src/lms/scorm-session';
import { encodeResumeState, decodeResumeState } from '../../../src/lms/suspend-data';
import { decisionInteractions, type DecisionInteraction } from '../../../src/lms/interactions';
import { emptyRecord } from '../../../src/record/record';
import { randomPlay, shippedEngines } from '../facilitation/helpers';
import { playRun } from './helpers';

// scorm-again 3.4.3's typings for these entry points declare a default export, but the modules
// export the classes by name (as the package's main typings say); bind them with those types.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12 };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004 };

/** scorm-again as the LMS: no commit URL (commits stay in memory), no timers, no console noise. */
const settings = { autocommit: false, logLevel: 5 } as const;
type Lms = Scorm12 | Scorm2004;

/** The LMS's side of the data, read back from scorm-again's own model rather than through our session. */
interface LmsView {
  /** 1.2: lesson_status. 2004: completion_status. */
  completion: string;
  /** 2004 only: success_status. */
  success: string | null;
  raw: string;
  min: string;
  max: string;
  scaled: string | null;
  exit: string;
  sessionTime: string;
  suspendData: string;
}

interface Standard {
  version: ScormVersion;
  lms(cmi?: Record<string, unknown>): Lms;
  view(lms: Lms): LmsView;
  /** What the LMS does for the next launch: keep the committed data, and resume after a suspend. */
  relaunch(lms: Lms): Lms;
  /** The element the LMS keeps its pass mark in, and the value meaning `percent`. */
  passMark(percent: number): Record<string, unknown>;
  learner(id: string): Record<string, unknown>;
}

type Json = Record<string, any>;
const cmiOf = (lms: Lms): Json => (lms.renderCMIToJSONObject() as Json)['cmi'];

const standards: Standard[] = [
  {
    version: '1.2',
    lms(cmi) {
      const lms = new Scorm12API(settings);
      if (cmi) lms.loadFromJSON(cmi);
      return lms;
    },
    view(lms) {
      const cmi = cmiOf(lms);
      return {
        completion: cmi.core.lesson_status,
        success: null,
        raw: cmi.core.score.raw,
        min: cmi.core.score.min,
        max: cmi.core.score.max,
        scaled: null,
        exit: cmi.core.exit,
        sessionTime: cmi.core.session_time,
        suspendData: cmi.suspend_data,
      };
    },
    relaunch(lms) {
      const cmi = structuredClone((lms.renderCommitCMI(true) as Json)['cmi']);
      cmi.core.entry = cmi.core.exit === 'suspend' ? 'resume' : '';
      delete cmi.core.exit;
      delete cmi.core.session_time;
      return this.lms(cmi);
    },
    passMark: (percent) => ({ student_data: { mastery_score: String(percent) } }),
    learner: (id) => ({ core: { student_id: id } }),
  },
  {
    version: '2004',
    lms(cmi) {
      const lms = new Scorm2004API(settings);
      if (cmi) lms.loadFromJSON(cmi);
      return lms;
    },
    view(lms) {
      const cmi = cmiOf(lms);
      return {
        completion: cmi.completion_status,
        success: cmi.success_status,
        raw: cmi.score.raw,
        min: cmi.score.min,
        max: cmi.score.max,
        scaled: cmi.score.scaled,
        exit: cmi.exit,
        sessionTime: cmi.session_time,
        suspendData: cmi.suspend_data,
      };
    },
    relaunch(lms) {
      const cmi = structuredClone((lms.renderCommitCMI(true) as Json)['cmi']);
      cmi.entry = cmi.exit === 'suspend' ? 'resume' : 'ab-initio';
      delete cmi.exit;
      delete cmi.session_time;
      return this.lms(cmi);
    },
    passMark: (percent) => ({ scaled_passing_score: String(percent / 100) }),
    learner: (id) => ({ learner_id: id }),
  },
];

/** Wraps the LMS's API object so the test can count and alter calls, as a browser extension might. */
function spy(lms: Lms, override: Record<string, (...args: unknown[]) => unknown> = {}) {
  const calls: { name: string; args: unknown[] }[] = [];
  const api = new Proxy(lms, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ name: String(key), args });
        const replacement = override[String(key)];
        return replacement ? replacement(...args) : (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const count = (name: string) => calls.filter((c) => c.name === name).length;
  return { api, calls, count };
}

function found(version: ScormVersion, api: object): FoundApi {
  const win = version === '1.2' ? { API: api } : { API_1484_11: api };
  const result = findScormApi(win, [version]);
  if (!result) throw new Error('the test LMS was not found');
  return result;
}

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
function fakeClock() {
  let now = T0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function open(standard: Standard, lms: Lms = standard.lms()) {
  const clock = fakeClock();
  const watched = spy(lms);
  const session = createScormSession(found(standard.version, watched.api), { now: clock.now });
  return { lms, clock, session, ...watched };
}

const names = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', commit: 'LMSCommit', set: 'LMSSetValue', lastError: 'LMSGetLastError' },
  '2004': { init: 'Initialize', finish: 'Terminate', commit: 'Commit', set: 'SetValue', lastError: 'GetLastError' },
} as const;

describe.each(standards)('SCORM $version session against scorm-again', (standard) => {
  const { version } = standard;
  const call = names[version];

  it('starts a first attempt: initialises, reads the entry and marks the attempt begun', () => {
    const { lms, session, count } = open(standard);
    const started = session.start();
    expect(started).toEqual({
      entry: '',
      mode: 'normal',
      credit: true,
      suspendData: '',
      completed: false,
      lmsPassMark: null,
      learnerId: '',
    });
    expect(count(call.init)).toBe(1);
    expect(session.state).toBe('running');
    expect(standard.view(lms).completion).toBe('incomplete');
    expect(session.problems).toEqual([]);
    expect(session.start()).toBe(started); // a second start is the same session, not a second Initialize
    expect(count(call.init)).toBe(1);
  });

  const cases = [
    {
      name: 'a pass',
      report: { completed: true, progress: 1, scorePercent: 85, passMark: 70 },
      completion: version === '1.2' ? 'passed' : 'completed',
      success: 'passed',
      exit: 'suspend',
    },
    {
      name: 'a fail',
      report: { completed: true, progress: 1, scorePercent: 42.456, passMark: 70 },
      completion: version === '1.2' ? 'failed' : 'completed',
      success: 'failed',
      exit: 'suspend',
    },
    {
      name: 'an unfinished course',
      report: { completed: false, progress: 0.5, scorePercent: 85, passMark: 70 },
      completion: 'incomplete',
      success: 'unknown',
      exit: 'suspend',
    },
    {
      name: 'a course with no pass mark',
      report: { completed: true, progress: 1, scorePercent: 60, passMark: null },
      completion: 'completed',
      success: 'unknown',
      exit: 'suspend',
    },
  ];

  it.each(cases)('reports $name: completion, success and score fields', ({ report, completion, success, exit }) => {
    const { lms, session } = open(standard);
    session.start();
    expect(session.report(report)).toBe(true);
    expect(session.finish()).toBe(true);
    const view = standard.view(lms);
    expect(view).toMatchObject({ completion, exit });
    if (version === '2004') expect(view.success).toBe(success);
    // The score goes to the LMS once the learner has finished, never before (see the next test).
    if (report.completed) {
      expect(view).toMatchObject({ raw: String(Math.round(report.scorePercent * 100) / 100), min: '0', max: '100' });
      if (version === '2004') expect(view.scaled).toBe(String(Math.round(report.scorePercent * 100) / 10_000));
    } else expect(view.raw).toBe('');
    expect(session.problems).toEqual([]);
  });

  it('lets a pass mark the LMS sets win over the course’s own, so the two never disagree', () => {
    const { lms, session } = open(standard, standard.lms(standard.passMark(90)));
    expect(session.start()?.lmsPassMark).toBe(90);
    session.report({ completed: true, progress: 1, scorePercent: 85, passMark: 70 });
    const view = standard.view(lms);
    expect(version === '1.2' ? view.completion : view.success).toBe('failed');
    expect(session.problems).toEqual([]);
  });

  it('withholds the score until the learner finishes, so an LMS whose pass mark overrides status cannot fail them early', () => {
    // The LMS's own pass mark of 60, and a learner at 43 after one scenario of five.
    const { lms, session } = open(standard, standard.lms(standard.passMark(60)));
    session.start();
    session.report({ completed: false, progress: 0.2, scorePercent: 43.43, passMark: 60 });
    const early = standard.view(lms);
    expect(early.raw).toBe('');
    expect(early.completion).toBe('incomplete');
    if (version === '2004') {
      expect(early.success).toBe('unknown');
      expect(cmiOf(lms).progress_measure).toBe('0.2');
    }
    session.report({ completed: true, progress: 1, scorePercent: 71, passMark: 60 });
    const done = standard.view(lms);
    expect(done.raw).toBe('71');
    expect(version === '1.2' ? done.completion : done.success).toBe('passed');
    if (version === '2004') expect(cmiOf(lms).progress_measure).toBe('1');
    expect(session.problems).toEqual([]);
  });

  it('reads the LMS’s learner id, which keeps learners apart on a shared computer', () => {
    expect(open(standard, standard.lms(standard.learner('u-4217'))).session.start()?.learnerId).toBe('u-4217');
    expect(open(standard).session.start()?.learnerId).toBe('');
  });

  it('sends session time from the injected clock, in the standard’s own format', () => {
    const { lms, session, clock, calls } = open(standard);
    session.start();
    clock.advance(((1 * 60 + 2) * 60 + 3.04) * 1000);
    session.finish();
    const sent = calls.filter((c) => c.name === call.set && String(c.args[0]).endsWith('session_time')).map((c) => c.args[1]);
    expect(sent.at(-1)).toBe(version === '1.2' ? '0001:02:03.04' : 'PT1H2M3.04S');
    expect(standard.view(lms).sessionTime).toMatch(version === '1.2' ? /^0*1:02:03\.04$/ : /^PT1H2M3\.04S$/);
    expect(session.problems).toEqual([]);
  });

  it('writes suspend data and reads it back after a reload, from the first session’s committed data', () => {
    const state = {
      updatedAt: T0,
      modules: { trajectories: { completedAt: T0 - 60_000, checks: { fingerprint: 'ab12', answers: [0, 2, null, 1] } } },
      scenarios: { sami: { finished: null, unfinished: { version: '5789c707', positions: [0, 2, 1], at: T0 - 5000 } } },
    };
    const data = encodeResumeState(state);
    const first = open(standard);
    first.session.start();
    expect(first.session.suspend(data)).toBe(true);
    expect(first.session.resumeData()).toBe(data);
    first.session.report({ completed: false, progress: 0.5, scorePercent: 30, passMark: 70 });
    first.session.finish();
    expect(standard.view(first.lms).exit).toBe('suspend');

    const second = open(standard, standard.relaunch(first.lms));
    const started = second.session.start();
    expect(started).toMatchObject({ entry: 'resume', suspendData: data, completed: false });
    expect(second.session.resumeData()).toBe(data);
    expect(decodeResumeState(second.session.resumeData())).toEqual({ ok: true, state });
    expect(standard.view(second.lms).raw).toBe('');
    expect([...first.session.problems, ...second.session.problems]).toEqual([]);
  });

  it('keeps completion once the LMS has it: a later session cannot undo it', () => {
    const first = open(standard);
    first.session.start();
    first.session.report({ completed: true, progress: 1, scorePercent: 90, passMark: 70 });
    first.session.finish();
    const second = open(standard, standard.relaunch(first.lms));
    expect(second.session.start()?.completed).toBe(true);
    second.session.report({ completed: false, progress: 0.5, scorePercent: 90, passMark: 70 });
    second.session.finish();
    expect(standard.view(second.lms).completion).toBe(version === '1.2' ? 'passed' : 'completed');
    // Suspended even when complete, so the next launch resumes the attempt with its data.
    expect(standard.view(second.lms).exit).toBe('suspend');
    const third = open(standard, standard.relaunch(second.lms));
    expect(third.session.start()).toMatchObject({ entry: 'resume', completed: true });
  });

  describe('decisions as interactions', () => {
    const engines = shippedEngines();
    const engine = engines.get('sami')!;
    /** A whole play with a critical error in it, if the scenario has one, so every standing is sent. */
    const play = (seed: number, start = T0) => {
      const path = randomPlay(engine, seed).context.log.map((l) => l.option);
      return decisionInteractions(playRun(emptyRecord(), engine, `run-${seed}`, path, start, true), engines, start);
    };
    const interactionsOf = (lms: Lms): Json[] => {
      const cmi = cmiOf(lms);
      const list = cmi.interactions?.childArray ?? cmi.interactions;
      return Object.values(list ?? {}).filter((v): v is Json => typeof v === 'object' && v !== null && 'id' in v);
    };
    const response = (d: DecisionInteraction) => (version === '1.2' ? d.letter : d.optionId);
    const result = (d: DecisionInteraction) => (version === '1.2' && d.result === 'incorrect' ? 'wrong' : d.result);

    it('records every decision of a whole play once, with what was chosen and how it stands', () => {
      const { lms, session, count } = open(standard);
      session.start();
      const decisions = play(3);
      expect(decisions.length).toBeGreaterThan(3);
      expect(session.journal(decisions)).toBe(true);
      const held = interactionsOf(lms);
      expect(held.map((i) => i.id)).toEqual(decisions.map((d) => d.id));
      expect(held.map((i) => (version === '1.2' ? i.student_response : i.learner_response))).toEqual(decisions.map(response));
      expect(held.map((i) => i.result)).toEqual(decisions.map(result));
      expect(held.every((i) => i.type === 'choice')).toBe(true);
      // The decision's strongest options, as the LMS's right answers.
      const patterns = (i: Json) => Object.values((i.correct_responses ?? {}) as Json).map((c: Json) => c.pattern);
      expect(held.map(patterns)).toEqual(
        decisions.map((d) => d.strongest.map((o) => (version === '1.2' ? o.letter : o.optionId))),
      );
      expect(held.every((i) => patterns(i).length > 0)).toBe(true);
      if (version === '2004') {
        expect(held.map((i) => i.description)).toEqual(decisions.map((d) => d.description));
        expect(held[1]!.latency).toBe('PT1M');
      } else expect(held.map((i) => i.objectives?.['0']?.id)).toEqual(decisions.map((d) => d.kind));
      // The same decisions again: nothing is written or committed twice.
      const commits = count(call.commit);
      const writes = count(call.set);
      expect(session.journal(decisions)).toBe(true);
      expect([count(call.commit), count(call.set)]).toEqual([commits, writes]);
      expect(session.problems).toEqual([]);
    });

    it('adds a later session’s decisions after the earlier ones, never over them', () => {
      const first = open(standard);
      first.session.start();
      const earlier = play(3);
      first.session.journal(earlier);
      first.session.finish();
      const second = open(standard, standard.relaunch(first.lms));
      second.session.start();
      const later = play(11, T0 + 86_400_000);
      // 2004 reads back what the attempt holds, so even a repeat of the earlier decisions is skipped.
      expect(second.session.journal(version === '2004' ? [...earlier, ...later] : later)).toBe(true);
      expect(interactionsOf(second.lms).map((i) => i.id)).toEqual([...earlier, ...later].map((d) => d.id));
      expect(second.session.problems).toEqual([]);
    });

    it('sends everything again after a failed save once forget() is called, and counts the failures', () => {
      let refusing = true;
      const lms = standard.lms();
      const real = lms as unknown as Record<string, (...args: unknown[]) => string>;
      const failure = version === '1.2' ? '101' : '391';
      const watched = spy(lms, {
        [call.commit]: () => (refusing ? 'false' : real[call.commit]!('')),
        [call.lastError]: () => (refusing ? failure : real[call.lastError]!()),
      });
      const session = createScormSession(found(version, watched.api), { now: fakeClock().now });
      session.start();
      const failuresAtStart = session.failures;
      const decisions = play(5);
      expect(session.journal(decisions)).toBe(false);
      expect(session.report({ completed: true, progress: 1, scorePercent: 75, passMark: 60 })).toBe(false);
      expect(session.failures).toBeGreaterThan(failuresAtStart);

      refusing = false;
      const before = session.failures;
      const writes = watched.count(call.set);
      session.forget();
      expect(session.journal(decisions)).toBe(true);
      expect(session.report({ completed: true, progress: 1, scorePercent: 75, passMark: 60 })).toBe(true);
      expect(session.failures).toBe(before);
      // Every interaction's elements and the report were set again, not just committed.
      expect(watched.count(call.set) - writes).toBeGreaterThan(decisions.length * 4);
      expect(interactionsOf(lms)).toHaveLength(decisions.length);
      expect(standard.view(lms).raw).toBe('75');
    });

    it('stops asking an LMS that has no interactions, and says so once', () => {
      // The LMS refuses every interaction element as "not implemented".
      const lms = standard.lms() as unknown as Record<string, (...args: unknown[]) => string>;
      let refused = false;
      const inner = spy(lms as unknown as Lms, {
        [call.set]: (element: unknown, value: unknown) => {
          refused = String(element).startsWith('cmi.interactions');
          return refused ? 'false' : lms[call.set]!(element, value);
        },
        [call.lastError]: () => {
          const code = refused ? (version === '1.2' ? '401' : '402') : lms[call.lastError]!();
          refused = false;
          return code;
        },
      });
      const session = createScormSession(found(version, inner.api), { now: fakeClock().now });
      session.start();
      expect(session.journal(play(3))).toBe(false);
      const asked = inner.count(call.set);
      expect(session.journal(play(4))).toBe(true);
      expect(inner.count(call.set)).toBe(asked);
      expect(session.problems.filter((p) => p.kind === 'unsupported')).toHaveLength(1);
    });
  });

  it('commits when something changed, not for a repeat', () => {
    const { session, count } = open(standard);
    session.start();
    const afterStart = count(call.commit);
    session.report({ completed: true, progress: 1, scorePercent: 10, passMark: 70 });
    expect(count(call.commit)).toBe(afterStart + 1);
    session.report({ completed: true, progress: 1, scorePercent: 10, passMark: 70 });
    session.suspend('cbr1;x');
    session.suspend('cbr1;x');
    expect(count(call.commit)).toBe(afterStart + 2);
    expect(session.commit()).toBe(true);
    expect(count(call.commit)).toBe(afterStart + 3);
  });

  it('terminates exactly once, however often finish() is called', () => {
    const { session, count } = open(standard);
    session.start();
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
    expect(session.report({ completed: true, progress: 1, scorePercent: 100, passMark: 50 })).toBe(false);
    expect(session.suspend('late')).toBe(false);
    expect(count(call.finish)).toBe(1);
    expect(session.state).toBe('finished');
    expect(session.start()).toBeNull();
    expect(count(call.init)).toBe(1);
    expect(session.problems).toEqual([]);
  });

  it('does nothing before start, and never terminates a session that never began', () => {
    const { session, count } = open(standard);
    expect(session.report({ completed: true, progress: 1, scorePercent: 1, passMark: 1 })).toBe(false);
    expect(session.finish()).toBe(false);
    expect(count(call.finish)).toBe(0);
  });

  it('writes nothing in review mode', () => {
    const review = version === '1.2' ? { core: { lesson_mode: 'review' } } : { mode: 'review' };
    const { session, calls } = open(standard, standard.lms(review));
    expect(session.start()?.mode).toBe('review');
    expect(session.report({ completed: true, progress: 1, scorePercent: 100, passMark: 50 })).toBe(true);
    expect(session.suspend('anything')).toBe(true);
    session.finish();
    expect(calls.filter((c) => c.name === call.set)).toEqual([]);
  });

  describe('LMS errors are surfaced, never thrown', () => {
    it('reports a session the LMS refuses to start, and does not terminate it', () => {
      const lms = standard.lms();
      const { api, count } = spy(lms, { [call.init]: () => 'false', [call.lastError]: () => '101' });
      const session = createScormSession(found(version, api), { now: fakeClock().now });
      expect(session.start()).toBeNull();
      expect(session.state).toBe('failed');
      expect(session.problems).toMatchObject([{ kind: 'lms-failure', call: call.init, code: '101' }]);
      expect(session.finish()).toBe(false);
      expect(count(call.finish)).toBe(0);
    });

    it('reads the error code, string and diagnostic when the LMS refuses a write', () => {
      // The LMS answers Initialize but has lost the session (a restarted server, a second tab…).
      const watched = spy(standard.lms(), { [call.init]: () => 'true' });
      const session = createScormSession(found(version, watched.api), { now: fakeClock().now });
      expect(session.start()).not.toBeNull();
      expect(session.report({ completed: true, progress: 1, scorePercent: 80, passMark: 50 })).toBe(false);
      const refused = session.problems.filter((p) => p.call === call.set);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]).toMatchObject({ kind: 'not-initialised', code: version === '1.2' ? '301' : '132', at: T0 });
      expect(refused[0]!.element).toMatch(/^cmi\./);
      expect(refused[0]!.message).toMatch(/initiali[sz]/i);
      expect(refused[0]!.diagnostic.length).toBeGreaterThan(3);
    });

    it('records a failed commit with the LMS’s code', () => {
      const lms = standard.lms();
      const watched = spy(lms, { [call.commit]: () => 'false', [call.lastError]: () => (version === '1.2' ? '101' : '391') });
      const seen: ScormProblem[] = [];
      const session = createScormSession(found(version, watched.api), {
        now: fakeClock().now,
        onProblem: (p) => {
          seen.push(p);
          throw new Error('a broken listener');
        },
      });
      session.start();
      expect(session.commit()).toBe(false);
      expect(seen.at(-1)).toMatchObject({ kind: 'lms-failure', call: call.commit, code: version === '1.2' ? '101' : '391' });
      expect(session.finish()).toBe(false);
      expect(watched.count(call.finish)).toBe(1);
    });

    it('turns an API that throws into problems, and still finishes', () => {
      const lms = standard.lms();
      const { api } = spy(lms, {
        [call.set]: () => {
          throw new Error('Permission denied to access property');
        },
      });
      const session: ScormSession = createScormSession(found(version, api), { now: fakeClock().now });
      expect(session.start()).not.toBeNull();
      expect(() => session.report({ completed: true, progress: 1, scorePercent: 50, passMark: 50 })).not.toThrow();
      expect(session.problems.length).toBeGreaterThan(0);
      expect(session.problems.every((p) => p.kind === 'threw' && p.message.includes('Permission denied'))).toBe(true);
      expect(session.finish()).toBe(false);
      expect(session.state).toBe('finished');
    });

    it(`refuses suspend data over SCORM ${version}'s limit rather than let the LMS cut it`, () => {
      const limit = version === '1.2' ? 4096 : 64_000;
      const { lms, session } = open(standard);
      session.start();
      expect(session.suspend('x'.repeat(limit))).toBe(true);
      expect(session.suspend('y'.repeat(limit + 1))).toBe(false);
      expect(session.problems).toMatchObject([{ kind: 'too-long', element: 'cmi.suspend_data' }]);
      expect(standard.view(lms).suspendData).toBe('x'.repeat(limit));
      expect(session.resumeData()).toBe('x'.repeat(limit));
    });
  });
});

describe('SCORM 2004 session: a session the LMS ended', () => {
  it('names a write after the LMS terminated the session', () => {
    const standard = standards[1]!;
    const lms = standard.lms() as Scorm2004;
    const { session } = open(standard, lms);
    session.start();
    lms.Terminate(''); // behind the course's back: an administrator, a timeout…
    expect(session.report({ completed: true, progress: 1, scorePercent: 80, passMark: 50 })).toBe(false);
    expect(session.problems[0]).toMatchObject({ kind: 'terminated', call: 'SetValue', code: '133' });
    expect(session.finish()).toBe(false);
  });
});

describe('session time formats', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [500, '0000:00:00.50', 'PT0.5S'],
    [60_000, '0000:01:00.00', 'PT1M'],
    [3_723_040, '0001:02:03.04', 'PT1H2M3.04S'],
    [3_600_000 * 30, '0030:00:00.00', 'PT30H'],
    [-5, '0000:00:00.00', 'PT0S'],
    [3_600_000 * 20_000, '9999:59:59.99', 'PT20000H'],
  ])('%d ms is %s and %s', (ms, twelve, twentyFour) => {
    expect(scorm12Timespan(ms)).toBe(twelve);
    expect(iso8601Duration(ms)).toBe(twentyFour);
  });
});
