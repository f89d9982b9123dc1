import { forbiddenKeys } from '../record/schema';
import { latestRun } from '../record/scenarios';
import type { LearnerRecord, ScenarioRun } from '../record/record';
import { checkChars } from '../scenario/hash';
import type { ScenarioEngine } from '../scenario/compile';
import { bestPlay } from './course-result';
import { SUSPEND_LIMIT } from './scorm-session';

/*
 * The learner's resume state as SCORM suspend_data: what an LMS keeps for the course between
 * launches, so a learner who moves to another computer finds their place again. SCORM 1.2 allows
 * 4,096 characters, so this is a compact text of positions rather than the record's JSON (which,
 * with its scenario snapshots, runs well past that), and it holds only what resuming needs:
 *
 * - modules marked complete, with when;
 * - knowledge-check answers, as the answer's position in each question (rather than answered and
 *   right bits: a character more per module, and the check can show the learner's own answer and
 *   its feedback again);
 * - per scenario, the best finished run (the one the LMS's score counts) and any unfinished one,
 *   as the position of each option chosen (as in a result code: src/facilitation/result-code.ts)
 *   with the scenario's version.
 *   Scores, endings and choice times are not stored: replaying the positions gives them back.
 *
 * Reflections, activity maps, CPD entries and the profile stay in the learner's browser. They
 * are free text, so no encoding could promise to fit them in 4,096 characters; and they are the
 * learner's own thoughts about their practice, which an LMS would keep where its administrators
 * can read them.
 *
 * Format, version 1 (only characters no LMS escapes), here with two modules and one scenario:
 *
 *   cbr1;svkug0;rule-bending:svfp9c,trajectories:svixk0:kqj6rdi;sami:5789c707.svj2k0.0212101120:5789c707.svkuco.021;py04
 *
 *   cbr1                       format and its version
 *   svkug0                     the latest change it holds
 *   rule-bending:svfp9c,…      modules: id[:completed at][:checks], checks = question fingerprint + answers
 *   sami:<finished>:<open>     scenarios: id:[finished run][:unfinished run], a run = version.time.positions
 *   py04                       checksum of everything before it
 *
 * Times are whole seconds since 1970 in base 36. Checks are the fingerprint of the module's
 * question ids (4 characters, so answers are never applied to questions that have changed)
 * followed by one base-36 character per two questions: 6 × first + second, where 0 is unanswered
 * and 1–5 the answer chosen (the module schema allows five answers). Positions are one base-36
 * character per decision. The checksum is FNV-1a over everything before it, so damaged data is
 * refused rather than half-applied.
 */

export const SUSPEND_FORMAT = 1;
const MAGIC = 'cbr';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** SCORM 1.2's cmi.suspend_data is a CMIString4096. */
export const SCORM12_SUSPEND_LIMIT = SUSPEND_LIMIT['1.2'];
const MAX_ANSWERS = 5;
const MAX_SECONDS = 8_640_000_000_000; // the latest moment a JavaScript Date can hold

export interface ResumeState {
  /**
   * The latest change the state holds, so the same record always encodes the same way and the
   * LMS is not sent (and asked to commit) a new text when nothing changed. Check answers, which
   * carry no time of their own here, take this one.
   */
  updatedAt: number;
  modules: Record<string, ModuleResume>;
  scenarios: Record<string, ScenarioResume>;
}

export interface ModuleResume {
  /** When the learner marked the module complete; null when not. */
  completedAt: number | null;
  checks: CheckAnswers | null;
}

export interface CheckAnswers {
  /** `questionsFingerprint` of the module's question ids when the answers were given. */
  fingerprint: string;
  /** Per question, in the module's order: the position of the answer chosen (0–4), or null. No trailing nulls. */
  answers: (number | null)[];
}

export interface ScenarioResume {
  finished: RunResume | null;
  unfinished: RunResume | null;
}

export interface RunResume {
  /** The first 8 hex characters of the scenario's hash: positions mean nothing in another version. */
  version: string;
  /** Each decision's option, as its position in the scene's options. */
  positions: number[];
  /** Finished run: when it finished. Unfinished run: when it was last played. */
  at: number;
}

export type DecodeProblem = 'empty' | 'foreign' | 'newer' | 'damaged';

export type Decoded = { ok: true; state: ResumeState } | { ok: false; problem: DecodeProblem; message: string };

/** What `resumeStateFromRecord` needs to know of the course: structure only, no text. */
export interface CourseOutline {
  modules: readonly { id: string; questionIds: readonly string[] }[];
  scenarios: readonly {
    id: string;
    hash: string;
    scenes: Readonly<Record<string, { decision: { options: readonly { id: string }[] } }>>;
  }[];
}

/** The outline of a package's modules (with their questions) and compiled scenarios. */
export function courseOutline(
  modules: readonly { id: string; questions: readonly { id: string }[] }[],
  engines: Iterable<ScenarioEngine>,
): CourseOutline {
  return {
    modules: modules.map((m) => ({ id: m.id, questionIds: m.questions.map((q) => q.id) })),
    scenarios: [...engines].map((e) => ({ id: e.payload.scenario.id, hash: e.payload.hash, scenes: e.payload.scenario.scenes })),
  };
}

/** Names a module's knowledge check by its question ids, in order, as stored with its answers. */
export const questionsFingerprint = (questionIds: readonly string[]): string => checkChars(questionIds.join(','));

/** Whether encoded resume data fits SCORM 1.2's suspend_data. */
export const fitsScorm12 = (encoded: string): boolean => encoded.length <= SCORM12_SUSPEND_LIMIT;

const validId = (id: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !forbiddenKeys.includes(id);
const validTime = (ms: number): boolean => Number.isFinite(ms) && ms >= 0 && ms / 1000 <= MAX_SECONDS;
const time36 = (ms: number): string => Math.floor(ms / 1000).toString(36);

/** No trailing unanswered questions, so a state has exactly one encoding. */
function trimAnswers(answers: readonly (number | null)[]): (number | null)[] {
  const out = answers.map((a) => (a !== null && Number.isInteger(a) && a >= 0 && a < MAX_ANSWERS ? a : null));
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

function encodeChecks(checks: CheckAnswers): string {
  const answers = trimAnswers(checks.answers);
  if (!answers.length || !/^[0-9a-z]{4}$/.test(checks.fingerprint)) return '';
  let out = checks.fingerprint;
  for (let i = 0; i < answers.length; i += 2) out += DIGITS[6 * ((answers[i] ?? -1) + 1) + ((answers[i + 1] ?? -1) + 1)];
  return out;
}

function encodeRun(run: RunResume | null): string {
  if (!run || !/^[0-9a-f]{8}$/.test(run.version) || !validTime(run.at)) return '';
  if (!run.positions.every((p) => Number.isInteger(p) && p >= 0 && p < DIGITS.length)) return '';
  return `${run.version}.${time36(run.at)}.${run.positions.map((p) => DIGITS[p]).join('')}`;
}

/** Removes empty trailing fields: `id:x::` → `id:x`. */
const fields = (parts: string[]): string => parts.join(':').replace(/:+$/, '');

/**
 * The resume state as suspend_data. Never throws: anything it cannot represent (an id that is
 * not kebab-case, an option past the 36th, a time before 1970) is left out, which the course's
 * own schemas already rule out.
 */
export function encodeResumeState(state: ResumeState): string {
  const modules: string[] = [];
  // Ids in code-unit order, not the object's: an id of digits only ("800") would come first in
  // insertion order, and every state must have exactly one text.
  for (const [id, module] of Object.entries(state.modules).sort(byId)) {
    if (!validId(id)) continue;
    const completed = module.completedAt !== null && validTime(module.completedAt) ? time36(module.completedAt) : '';
    const checks = module.checks ? encodeChecks(module.checks) : '';
    if (completed || checks) modules.push(fields([id, completed, checks]));
  }
  const scenarios: string[] = [];
  for (const [id, scenario] of Object.entries(state.scenarios).sort(byId)) {
    const finished = encodeRun(scenario.finished);
    const unfinished = encodeRun(scenario.unfinished);
    if (validId(id) && (finished || unfinished)) scenarios.push(fields([id, finished, unfinished]));
  }
  const updatedAt = time36(validTime(state.updatedAt) ? state.updatedAt : 0);
  const body = `${MAGIC}${SUSPEND_FORMAT};${updatedAt};${modules.join(',')};${scenarios.join(',')}`;
  return `${body};${checkChars(body)}`;
}

const byId = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** Thrown inside decoding only, and always caught there. */
class Damaged extends Error {}

function parseTime(text: string): number {
  // No leading zeros: every state has exactly one encoding, so nothing decodes that encode would not write.
  if (!/^(?:0|[1-9a-z][0-9a-z]{0,8})$/.test(text)) throw new Damaged(`bad time "${text}"`);
  const seconds = Number.parseInt(text, 36);
  if (seconds > MAX_SECONDS) throw new Damaged(`time out of range "${text}"`);
  return seconds * 1000;
}

function parseId(text: string, seen: Record<string, unknown>): string {
  if (!validId(text)) throw new Damaged(`bad id "${text}"`);
  if (Object.hasOwn(seen, text)) throw new Damaged(`"${text}" appears twice`);
  // The encoder writes ids in order, so text with any other order was not written by it.
  if (Object.keys(seen).some((earlier) => earlier > text)) throw new Damaged(`"${text}" is out of order`);
  return text;
}

function parseChecks(text: string): CheckAnswers | null {
  if (text === '') return null;
  const match = /^([0-9a-z]{4})([0-9a-z]+)$/.exec(text);
  if (!match) throw new Damaged(`bad checks "${text}"`);
  const answers: number[] = [];
  for (const char of match[2]!) {
    const pair = DIGITS.indexOf(char);
    answers.push(Math.floor(pair / 6) - 1, (pair % 6) - 1);
  }
  const trimmed = trimAnswers(answers.map((a) => (a < 0 ? null : a)));
  // A trailing "unanswered" pair is never written, so one here means the text was not ours.
  if (!trimmed.length || Math.ceil(trimmed.length / 2) !== match[2]!.length) throw new Damaged(`bad checks "${text}"`);
  return { fingerprint: match[1]!, answers: trimmed };
}

function parseRun(text: string | undefined): RunResume | null {
  if (text === undefined || text === '') return null;
  const match = /^([0-9a-f]{8})\.([0-9a-z]+)\.([0-9a-z]*)$/.exec(text);
  if (!match) throw new Damaged(`bad run "${text}"`);
  return { version: match[1]!, at: parseTime(match[2]!), positions: [...match[3]!].map((d) => DIGITS.indexOf(d)) };
}

function parseBody(parts: string[]): ResumeState {
  const [updatedAt, moduleText, scenarioText] = parts as [string, string, string];
  const state: ResumeState = { updatedAt: parseTime(updatedAt), modules: {}, scenarios: {} };
  for (const item of moduleText ? moduleText.split(',') : []) {
    const [id = '', completed = '', checks = '', ...rest] = item.split(':');
    if (rest.length || (!completed && !checks) || item.endsWith(':')) throw new Damaged(`bad module "${item}"`);
    state.modules[parseId(id, state.modules)] = {
      completedAt: completed ? parseTime(completed) : null,
      checks: parseChecks(checks),
    };
  }
  for (const item of scenarioText ? scenarioText.split(',') : []) {
    const [id = '', finished, unfinished, ...rest] = item.split(':');
    if (rest.length || (!finished && !unfinished) || item.endsWith(':')) throw new Damaged(`bad scenario "${item}"`);
    state.scenarios[parseId(id, state.scenarios)] = { finished: parseRun(finished), unfinished: parseRun(unfinished) };
  }
  return state;
}

/** Reads suspend_data back, saying why when it cannot: never throws, never returns half a state. */
export function decodeResumeState(text: string): Decoded {
  const fail = (problem: DecodeProblem, message: string): Decoded => ({ ok: false, problem, message });
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'The LMS holds no resume data for this learner.');
  const head = /^cbr(\d{1,6});/.exec(text);
  if (!head) return fail('foreign', 'The resume data the LMS holds was not written by this course.');
  if (Number(head[1]) > SUSPEND_FORMAT)
    return fail(
      'newer',
      `The resume data was written by a newer version of the course (format ${head[1]}); this copy reads format ${SUSPEND_FORMAT}.`,
    );
  const cut = text.lastIndexOf(';');
  const body = text.slice(0, cut);
  if (head[1] !== String(SUSPEND_FORMAT) || checkChars(body) !== text.slice(cut + 1))
    return fail('damaged', 'The resume data is damaged (its checksum does not match), so none of it was used.');
  const parts = body.split(';').slice(1);
  if (parts.length !== 3) return fail('damaged', 'The resume data is damaged (it has the wrong number of parts).');
  try {
    return { ok: true, state: parseBody(parts) };
  } catch (error) {
    const detail = error instanceof Damaged ? error.message : 'unreadable';
    return fail('damaged', `The resume data is damaged (${detail}), so none of it was used.`);
  }
}

/** A run's choices as option positions against the scenario as built now; null if any has gone. */
function positionsOf(run: ScenarioRun, scenes: CourseOutline['scenarios'][number]['scenes']): number[] | null {
  const positions = run.choices.map((c) => scenes[c.sceneId]?.decision.options.findIndex((o) => o.id === c.optionId) ?? -1);
  return positions.every((p) => p >= 0 && p < DIGITS.length) ? positions : null;
}

/**
 * The resume state of a learner record, for the modules and scenarios in `outline` (a package of
 * one scenario passes just that one). Runs played against another version of a scenario are left
 * out: their positions could point at different options in this one.
 */
export function resumeStateFromRecord(record: LearnerRecord, outline: CourseOutline): ResumeState {
  const state: ResumeState = { updatedAt: 0, modules: {}, scenarios: {} };
  const saw = (time: number) => void (state.updatedAt = Math.max(state.updatedAt, time));
  for (const { id, questionIds } of outline.modules) {
    const completedAt = record.modules[id]?.completedAt ?? null;
    const answers = trimAnswers(
      questionIds.map((q) => {
        const check = record.checks[`modules/${id}/#${q}`];
        if (check) saw(check.updatedAt);
        return check?.answer ?? null;
      }),
    );
    if (completedAt !== null) saw(completedAt);
    const checks = answers.length ? { fingerprint: questionsFingerprint(questionIds), answers } : null;
    if (completedAt !== null || checks) state.modules[id] = { completedAt, checks };
  }
  for (const scenario of outline.scenarios) {
    const version = scenario.hash.slice(0, 8);
    const toResume = (run: ScenarioRun | undefined, at: number): RunResume | null => {
      const positions = run ? positionsOf(run, scenario.scenes) : null;
      if (!positions) return null;
      saw(at);
      return { version, positions, at };
    };
    // The play the LMS's score comes from (course-result.ts), so a learner resuming on another
    // computer keeps the score they earned.
    const best = bestPlay(record, scenario.id, scenario.hash);
    // Only the latest run can be resumed (progress/scenarios.ts: resumableRun); an older unfinished one was abandoned.
    const latest = latestRun(record, scenario.id);
    const open = latest && latest.finishedAt === null && latest.scenarioHash === scenario.hash ? latest : undefined;
    const finished = toResume(best, best?.finishedAt ?? 0);
    const unfinished = toResume(open, open?.updatedAt ?? 0);
    if (finished || unfinished) state.scenarios[scenario.id] = { finished, unfinished };
  }
  return state;
}
