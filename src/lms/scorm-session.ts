import type { DecisionInteraction } from './interactions';
import type { FoundApi, ScormVersion } from './scorm-api';

/*
 * One learner's session with the LMS, the same to the course whichever SCORM version the LMS
 * speaks. The page calls:
 *
 *   const session = createScormSession(found, { now: Date.now });
 *   const started = session.start();          // null: no session (the local record carries on alone)
 *   … decode started.suspendData, merge it into the local record …
 *   session.suspend(encoded);                 // after each change worth keeping
 *   session.report({ completed, progress, scorePercent, passMark });
 *   session.journal(decisions);               // each decision as an interaction, once
 *   session.finish();                         // on pagehide; safe to call again
 *
 * Nothing here throws. Every call's return value is checked, and when the LMS refuses one, its
 * error code, error string and diagnostic go into `problems` with a `kind` the page can act on.
 * An LMS is someone else's software in someone else's frame: a learner must be able to carry
 * on with the course whatever it does, because their local record keeps their work anyway.
 *
 * When it commits: after a report, suspend or journal that changed something (completing a
 * module or finishing a scenario are the moments a learner would be upset to lose), and on
 * finish. There is no timer, so nothing happens between the page's own calls; the clock is
 * injected for session time only. Retrying when the LMS fails to save is the page's job
 * (save-guard.ts): `failures` tells it that something failed, `forget` makes the next calls send
 * everything again.
 */

/** What a problem means for the course, whichever standard's code the LMS gave. */
export type ProblemKind =
  /** The LMS says the session was never started (or it lost it). */
  | 'not-initialised'
  /** The session was already terminated. */
  | 'terminated'
  /** The LMS does not know or implement the element. */
  | 'unsupported'
  | 'read-only'
  | 'write-only'
  /** The LMS rejected the value's type or range. */
  | 'bad-value'
  /** A general failure on the LMS's side (lost connection, server error…). */
  | 'lms-failure'
  /** The call failed but the LMS gave no error code. */
  | 'no-error-code'
  /** The API object threw (it may belong to a window the LMS has since closed). */
  | 'threw'
  /** The course refused to send suspend data longer than the standard allows. */
  | 'too-long'
  /** The attempt holds as many interactions as the course will send. */
  | 'too-many';

export interface ScormProblem {
  kind: ProblemKind;
  /** The API function, as the standard names it (`LMSSetValue`, `Commit`…). */
  call: string;
  /** The data-model element, for GetValue and SetValue. */
  element: string | null;
  /** The LMS's error code as it gave it ('0' if it gave none, '' if the call threw). */
  code: string;
  /** The LMS's error string, or our own words for `threw` and `too-long`. */
  message: string;
  diagnostic: string;
  /** When it happened, by the injected clock. */
  at: number;
}

export interface SessionOptions {
  /** Milliseconds since 1970: `Date.now` in the browser, a fake in tests. */
  now: () => number;
  /** Told of each problem as it happens, for a console or a notice; optional. */
  onProblem?: ((problem: ScormProblem) => void) | undefined;
}

export type SessionState = 'not-started' | 'running' | 'finished' | 'failed';

/** What the LMS said about the attempt when the session started. */
export interface StartInfo {
  /** 'resume' when the learner is coming back to a suspended attempt; 'ab-initio' for a first launch. */
  entry: 'ab-initio' | 'resume' | '';
  /** 'review' means a finished attempt opened read-only: report and suspend then write nothing. */
  mode: 'normal' | 'browse' | 'review';
  /** False when the LMS will not count this attempt ('no-credit'). */
  credit: boolean;
  /** The LMS's suspend_data for the attempt; '' when there is none. */
  suspendData: string;
  /** Whether the LMS already has the attempt as completed (from an earlier session). */
  completed: boolean;
  /** A pass mark the LMS imposes, as 0–100 (1.2 mastery_score, 2004 scaled_passing_score), or null. */
  lmsPassMark: number | null;
  /** The LMS's id for the learner ('' if it gives none): keeps learners apart on a shared computer. */
  learnerId: string;
}

export interface Report {
  /** Whether the learner has done all the course (or the scenario) asks. */
  completed: boolean;
  /** How much of it is done, 0–1 (SCORM 2004's progress_measure). */
  progress: number;
  /** The normalised score, 0–100, or null when there is none yet. */
  scorePercent: number | null;
  /** The score needed to pass, 0–100, or null for no pass/fail. An LMS's own pass mark wins. */
  passMark: number | null;
}

export interface ScormSession {
  readonly version: ScormVersion;
  readonly state: SessionState;
  /** Everything the LMS refused, oldest first (the latest 100). */
  readonly problems: readonly ScormProblem[];
  /**
   * How many writes and commits have failed in a way that may pass (the LMS's general failure, a
   * lost connection): the page compares it before and after a save to know whether to retry.
   */
  readonly failures: number;
  /** Initialises and reads the attempt; null if the LMS refused or the session is over. */
  start(): StartInfo | null;
  /** Sets completion, progress, success and score per the standard; commits if anything changed. */
  report(report: Report): boolean;
  /** Records each decision not yet recorded as an interaction; commits if any was new. */
  journal(decisions: readonly DecisionInteraction[]): boolean;
  /** After the LMS failed to save: forget what it was told, so the next calls send it all again. */
  forget(): void;
  /** Stores the resume state; commits if it changed. Refuses data longer than the standard's limit. */
  suspend(data: string): boolean;
  /** The latest resume state: what the LMS had at start, or what this session stored since. */
  resumeData(): string;
  /** Sends session time and commits. */
  commit(): boolean;
  /** Sets exit and session time, commits and terminates, once; later calls do nothing. */
  finish(): boolean;
}

/** SCORM 1.2's CMIString4096; 2004's suspend_data holds 64,000 characters (SPM). */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };

const MAX_PROBLEMS = 100;

/**
 * The most interactions the course records in one attempt: SCORM 2004's smallest permitted
 * maximum (the run-time book's `cmi.interactions`, SPM 250), which 1.2 LMSs meet as well.
 */
export const MAX_INTERACTIONS = 250;

/** Problems that may pass if the same data is sent again a little later. */
const TRANSIENT: readonly ProblemKind[] = ['lms-failure', 'no-error-code', 'threw'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Milliseconds as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS, capped at its largest value. */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10) || 0), 9999 * 360_000 + 359_999);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** Milliseconds as SCORM 2004's timeinterval, an ISO 8601 duration to hundredths: PT1H2M3.04S. */
export function iso8601Duration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10) || 0);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || !(hours || minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

/** A score as the data model's decimal: at most two places, so no LMS rounds it differently. */
const decimal = (value: number, places: number): string => String(Math.round(value * 10 ** places) / 10 ** places);

/**
 * One decision as the elements of interaction `n`, in the order the standards require (the id
 * first, the type before the response). 2004 says what was chosen by the option's id and
 * describes it in words; 1.2 has no description, so its response is the option's letter (its
 * vocabulary for a choice) and its objective names the kind.
 */
export function interactionElements(version: ScormVersion, n: number, d: DecisionInteraction): [string, string][] {
  const at = `cmi.interactions.${n}`;
  const when = new Date(d.at);
  if (version === '1.2') {
    return [
      [`${at}.id`, d.id],
      [`${at}.objectives.0.id`, d.kind],
      [`${at}.time`, `${pad(when.getHours(), 2)}:${pad(when.getMinutes(), 2)}:${pad(when.getSeconds(), 2)}`],
      [`${at}.type`, 'choice'],
      ...d.strongest.map((o, i): [string, string] => [`${at}.correct_responses.${i}.pattern`, o.letter]),
      [`${at}.student_response`, d.letter],
      [`${at}.result`, d.result === 'incorrect' ? 'wrong' : d.result],
      ...(d.latencyMs === null ? [] : [[`${at}.latency`, scorm12Timespan(d.latencyMs)] as [string, string]]),
    ];
  }
  return [
    [`${at}.id`, d.id],
    [`${at}.type`, 'choice'],
    // To the hundredth of a second, in UTC: the form the standard's timestamps take.
    [`${at}.timestamp`, `${when.toISOString().slice(0, 22)}Z`],
    // Each strongest option is a right answer on its own (one pattern each, not a set to pick together).
    ...d.strongest.map((o, i): [string, string] => [`${at}.correct_responses.${i}.pattern`, o.optionId]),
    [`${at}.learner_response`, d.optionId],
    [`${at}.result`, d.result],
    ...(d.latencyMs === null ? [] : [[`${at}.latency`, iso8601Duration(d.latencyMs)] as [string, string]]),
    [`${at}.description`, d.description],
  ];
}

/** The calls and elements of each standard, so the session logic is written once. */
interface Dialect {
  calls: {
    initialize: string;
    terminate: string;
    get: string;
    set: string;
    commit: string;
    lastError: string;
    errorString: string;
    diagnostic: string;
  };
  entry: string;
  mode: string;
  credit: string;
  suspend: string;
  exit: string;
  sessionTime: string;
  passMark: string;
  learnerId: string;
  kinds: Record<string, ProblemKind>;
  /** A GetValue error code that only means "never set": read as ''. */
  unsetCode: string | null;
}

const dialects: Record<ScormVersion, Dialect> = {
  '1.2': {
    calls: {
      initialize: 'LMSInitialize',
      terminate: 'LMSFinish',
      get: 'LMSGetValue',
      set: 'LMSSetValue',
      commit: 'LMSCommit',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
      diagnostic: 'LMSGetDiagnostic',
    },
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    passMark: 'cmi.student_data.mastery_score',
    learnerId: 'cmi.core.student_id',
    // SCORM 1.2 RTE, 3.3.3: the codes an LMS may return.
    kinds: {
      '101': 'lms-failure',
      '201': 'unsupported',
      '202': 'unsupported',
      '203': 'unsupported',
      '301': 'not-initialised',
      '401': 'unsupported',
      '402': 'bad-value',
      '403': 'read-only',
      '404': 'write-only',
      '405': 'bad-value',
    },
    unsetCode: null,
  },
  '2004': {
    calls: {
      initialize: 'Initialize',
      terminate: 'Terminate',
      get: 'GetValue',
      set: 'SetValue',
      commit: 'Commit',
      lastError: 'GetLastError',
      errorString: 'GetErrorString',
      diagnostic: 'GetDiagnostic',
    },
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    suspend: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    passMark: 'cmi.scaled_passing_score',
    learnerId: 'cmi.learner_id',
    // SCORM 2004 4th edition RTE, 3.1.7: the codes an LMS may return.
    kinds: {
      '104': 'terminated',
      '112': 'not-initialised',
      '113': 'terminated',
      '122': 'not-initialised',
      '123': 'terminated',
      '132': 'not-initialised',
      '133': 'terminated',
      '142': 'not-initialised',
      '143': 'terminated',
      '401': 'unsupported',
      '402': 'unsupported',
      '404': 'read-only',
      '405': 'write-only',
      '406': 'bad-value',
      '407': 'bad-value',
      '408': 'bad-value',
    },
    unsetCode: '403',
  },
};

const isTrue = (value: unknown): boolean => value === true || String(value) === 'true';

/** A session against the API `findScormApi` found. Nothing is sent until `start()`. */
export function createScormSession(found: FoundApi, options: SessionOptions): ScormSession {
  const { version } = found;
  const dialect = dialects[version];
  const api = found.api as unknown as Record<string, (...args: string[]) => unknown>;
  const problems: ScormProblem[] = [];
  /** What the LMS holds, as far as this session knows: writes of the same value are skipped. */
  const known = new Map<string, string>();
  let state: SessionState = 'not-started';
  let started: StartInfo | null = null;
  let startedAt = 0;
  let completedOnLms = false;
  let failures = 0;
  let refusals = 0;
  /** Interactions: how many the attempt holds, the ids among them, and what this session wrote. */
  let interactionCount = 0;
  const recordedIds = new Set<string>();
  const written: [string, string][][] = [];
  let interactionsRefused = false;
  /** The resume state as last sent, kept when forget() clears the rest. */
  let lastResume = '';

  const note = (problem: Omit<ScormProblem, 'at'>) => {
    const full = { ...problem, at: options.now() };
    problems.push(full);
    if (problems.length > MAX_PROBLEMS) problems.shift();
    if (full.kind === 'unsupported') refusals++;
    if (TRANSIENT.includes(full.kind) && (full.call === dialect.calls.set || full.call === dialect.calls.commit)) failures++;
    try {
      options.onProblem?.(full);
    } catch {
      // A failing listener must not turn an LMS problem into a page error.
    }
  };

  /** Calls one API function; a throw becomes a problem and `undefined`. */
  const call = (name: string, element: string | null, ...args: string[]): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: api[name]!(...args) };
    } catch (error) {
      note({
        kind: 'threw',
        call: name,
        element,
        code: '',
        message: error instanceof Error ? error.message : String(error),
        diagnostic: '',
      });
      return { ok: false };
    }
  };

  const text = (name: string, code: string): string => {
    const result = call(name, null, code);
    return result.ok && result.value !== null && result.value !== undefined ? String(result.value) : '';
  };

  /** Reads the LMS's last error; records it unless it is none (or `ignore`). Returns the code. */
  const checkError = (callName: string, element: string | null, failed: boolean, ignore: string | null = null): string => {
    const result = call(dialect.calls.lastError, null);
    const code = result.ok ? String(result.value ?? '0').trim() || '0' : '';
    if (!result.ok) return code;
    if (code === ignore) return code;
    if (code === '0' && !failed) return code;
    note({
      kind: code === '0' ? 'no-error-code' : (dialect.kinds[code] ?? 'lms-failure'),
      call: callName,
      element,
      code,
      message: text(dialect.calls.errorString, code),
      diagnostic: text(dialect.calls.diagnostic, code),
    });
    return code;
  };

  /** Initialize, Commit, Terminate: "true" on success, per both standards. */
  const lifecycle = (name: string): boolean => {
    const result = call(name, null, '');
    if (!result.ok) return false;
    const ok = isTrue(result.value);
    if (!ok) checkError(name, null, true);
    return ok;
  };

  const get = (element: string): string => {
    const result = call(dialect.calls.get, element, element);
    if (!result.ok) return '';
    const code = checkError(dialect.calls.get, element, false, dialect.unsetCode);
    // "Not initialised" reads as ''; the value is still taken, because some LMSs (scorm-again
    // among them) leave that code standing after later reads that succeed.
    const usable = code === '0' || code === dialect.unsetCode;
    return usable && result.value !== null && result.value !== undefined ? String(result.value) : '';
  };

  const set = (element: string, value: string): boolean => {
    if (known.get(element) === value) return true;
    const result = call(dialect.calls.set, element, element, value);
    if (!result.ok) return false;
    const ok = isTrue(result.value);
    if (ok) known.set(element, value);
    else checkError(dialect.calls.set, element, true);
    return ok;
  };

  /**
   * Several writes; true only if all succeeded, and whether any was new to the LMS. With `stop`,
   * the first refusal ends them: an interaction's later elements mean nothing without its id.
   */
  const setAll = (values: readonly (readonly [string, string])[], stop = false): { ok: boolean; changed: boolean } => {
    let ok = true;
    let changed = false;
    for (const [element, value] of values) {
      changed ||= known.get(element) !== value;
      ok = set(element, value) && ok;
      if (!ok && stop) break;
    }
    return { ok, changed };
  };

  const sessionTime = () => {
    const ms = Math.max(0, options.now() - startedAt);
    return version === '1.2' ? scorm12Timespan(ms) : iso8601Duration(ms);
  };

  const commit = (): boolean => {
    if (state !== 'running') return false;
    // session_time is write-only and replaced, not added, so sending it with every commit keeps
    // the LMS's figure right even if the page is closed before finish() runs.
    const timed = started?.mode === 'review' || set(dialect.sessionTime, sessionTime());
    return lifecycle(dialect.calls.commit) && timed;
  };

  const percent = (raw: string, scale: number): number | null => {
    const value = Number.parseFloat(raw);
    return raw.trim() !== '' && Number.isFinite(value) ? Math.min(100, Math.max(0, value * scale)) : null;
  };

  const start = (): StartInfo | null => {
    if (state === 'running') return started;
    if (state !== 'not-started') return null;
    if (!lifecycle(dialect.calls.initialize)) {
      state = 'failed';
      return null;
    }
    state = 'running';
    startedAt = options.now();
    const entry = get(dialect.entry);
    const mode = get(dialect.mode);
    const suspendData = get(dialect.suspend);
    known.set(dialect.suspend, suspendData);
    let status: string;
    if (version === '1.2') {
      status = get('cmi.core.lesson_status');
      completedOnLms = ['completed', 'passed', 'failed'].includes(status);
    } else {
      status = get('cmi.completion_status');
      completedOnLms = status === 'completed';
    }
    started = {
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
      credit: get(dialect.credit) !== 'no-credit',
      suspendData,
      completed: completedOnLms,
      lmsPassMark: percent(get(dialect.passMark), version === '1.2' ? 1 : 100),
      learnerId: get(dialect.learnerId),
    };
    // Interactions already in the attempt. 2004 lets their ids be read, so a decision recorded in
    // an earlier session is never recorded twice; 1.2 makes them write-only, and the page sends
    // only decisions made since this session began.
    interactionCount = Number.parseInt(get('cmi.interactions._count'), 10) || 0;
    if (version === '2004')
      for (let n = 0; n < Math.min(interactionCount, MAX_INTERACTIONS); n++) recordedIds.add(get(`cmi.interactions.${n}.id`));
    // A first launch is an attempt begun: LMSs list "not attempted" and "unknown" learners as
    // never having opened the course, so say otherwise at once.
    if (status === 'not attempted' || status === 'unknown' || status === '') {
      const element = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      const value = version === '1.2' && started.mode === 'browse' ? 'browsed' : 'incomplete';
      if (started.mode !== 'review' && set(element, value)) commit();
    }
    return started;
  };

  const report = ({ completed: done, progress: reported, scorePercent, passMark }: Report): boolean => {
    if (state !== 'running' || !started) return false;
    if (started.mode === 'review') return true;
    // Completion on the LMS only moves forward: it feeds compliance reports and certificates, and
    // a learner un-ticking a module to revisit it has not undone the course.
    const completed = done || completedOnLms;
    const score = scorePercent !== null && Number.isFinite(scorePercent) ? Math.min(100, Math.max(0, scorePercent)) : null;
    // An LMS with its own pass mark judges success itself (2004 must, 1.2 may): use the same one.
    const mark = started.lmsPassMark ?? (passMark !== null && Number.isFinite(passMark) ? passMark : null);
    const passed = score === null || mark === null ? null : score >= mark;
    const values: [string, string][] = [];
    // The score is withheld until the learner has finished. An LMS with a pass mark may judge
    // success from any score it holds (2004 must when its scaled_passing_score is set; 1.2 LMSs
    // such as Moodle can, with "mastery score overrides status"), and would record an
    // unfinished learner as failed.
    const scored = completed ? score : null;
    if (version === '1.2') {
      if (scored !== null)
        values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', decimal(scored, 2)]);
      const status = !completed
        ? started.mode === 'browse'
          ? 'browsed'
          : 'incomplete'
        : passed === null
          ? 'completed'
          : passed
            ? 'passed'
            : 'failed';
      values.push(['cmi.core.lesson_status', status]);
    } else {
      if (scored !== null)
        values.push(
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', decimal(scored, 2)],
          ['cmi.score.scaled', decimal(scored / 100, 4)],
        );
      // Never behind what the LMS already holds as complete, so a finished course stays at 1.
      const progress = completed ? 1 : Number.isFinite(reported) ? Math.min(1, Math.max(0, reported)) : 0;
      values.push(['cmi.progress_measure', decimal(progress, 4)]);
      values.push(['cmi.completion_status', completed ? 'completed' : 'incomplete']);
      // Success is judged on a finished course only: "failed" halfway through would tell a
      // manager something untrue.
      values.push(['cmi.success_status', !completed || passed === null ? 'unknown' : passed ? 'passed' : 'failed']);
    }
    const { ok, changed } = setAll(values);
    if (ok && completed) completedOnLms = true;
    return (changed ? commit() : true) && ok;
  };

  const suspend = (data: string): boolean => {
    if (state !== 'running' || !started) return false;
    if (started.mode === 'review') return true;
    if (data.length > SUSPEND_LIMIT[version]) {
      // An LMS may cut it short or refuse it; a resume state cut short is a damaged one.
      note({
        kind: 'too-long',
        call: dialect.calls.set,
        element: dialect.suspend,
        code: '',
        message: `Resume data of ${data.length} characters is over SCORM ${version}'s limit of ${SUSPEND_LIMIT[version]}.`,
        diagnostic: '',
      });
      return false;
    }
    if (known.get(dialect.suspend) === data) return true;
    return set(dialect.suspend, data) && commit();
  };

  const journal = (decisions: readonly DecisionInteraction[]): boolean => {
    if (state !== 'running' || !started) return false;
    if (started.mode === 'review' || interactionsRefused) return true;
    let ok = true;
    let changed = false;
    // What this session wrote before is set again only if forget() cleared the record of it.
    for (const values of written) {
      const result = setAll(values, true);
      ok &&= result.ok;
      changed ||= result.changed;
    }
    for (const decision of decisions) {
      if (!ok) break;
      if (recordedIds.has(decision.id)) continue;
      if (interactionCount >= MAX_INTERACTIONS) {
        note({
          kind: 'too-many',
          call: dialect.calls.set,
          element: 'cmi.interactions',
          code: '',
          message: `The attempt holds ${MAX_INTERACTIONS} interactions, the most the course sends; later decisions are kept in the learner record only.`,
          diagnostic: '',
        });
        interactionsRefused = true;
        break;
      }
      const values = interactionElements(version, interactionCount, decision);
      const before = refusals;
      const result = setAll(values, true);
      if (!result.ok) {
        ok = false;
        // An LMS without interactions says so once; it will not learn them by being asked again.
        if (refusals > before) interactionsRefused = true;
        break;
      }
      written.push(values);
      recordedIds.add(decision.id);
      interactionCount++;
      changed = true;
    }
    return (changed ? commit() : true) && ok;
  };

  const forget = () => {
    const resume = known.get(dialect.suspend);
    known.clear();
    lastResume = resume ?? lastResume;
  };

  const finish = (): boolean => {
    if (state !== 'running' || !started) return false;
    let ok = true;
    if (started.mode !== 'review') {
      // Always "suspend", finished or not: the LMS then keeps the attempt and its suspend_data,
      // so the next launch, on any computer, resumes with the learner's place, answers and best
      // plays. A normal exit would let the LMS close the attempt and the next launch start empty
      // (in 2004, a new attempt with completion back at "unknown"). Completion and score are
      // recorded either way.
      ok = set(dialect.exit, 'suspend') && ok;
      ok = commit() && ok;
    }
    // Whatever Terminate answers, it is never called again: a second call is an error in both
    // standards, and some LMSs close the window on the first.
    state = 'finished';
    return lifecycle(dialect.calls.terminate) && ok;
  };

  return {
    version,
    get state() {
      return state;
    },
    get problems() {
      return problems;
    },
    get failures() {
      return failures;
    },
    start,
    report,
    journal,
    forget,
    suspend,
    resumeData: () => known.get(dialect.suspend) ?? lastResume,
    commit,
    finish,
  };
}
