import { checkChars } from '../scenario/hash';
import { replayPositions, type EngineSnapshot, type ScenarioEngine } from '../scenario/runtime';

/*
 * A finished play as a short code a learner can hand to a facilitator: no name, no free text,
 * only the scenario, its version and the choices, with a checksum against typing mistakes.
 *
 *   CB1.sami.3fa9c2d1.0212101120.k7q2
 *   ^   ^    ^        ^          ^ checksum of everything before it
 *   |   |    |        one character per decision: the option's position in its scene (0-9, a-z)
 *   |   |    the first 8 characters of the scenario's hash (its version)
 *   |   scenario id
 *   format
 */

const FORMAT = 'CB1';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

export type CodeProblem = 'format' | 'checksum' | 'unknown-scenario' | 'other-version' | 'impossible-choices' | 'unfinished';

export type DecodedCode =
  | { ok: true; code: string; scenarioId: string; choices: string[]; snapshot: EngineSnapshot }
  | { ok: false; code: string; problem: CodeProblem; message: string };

/** A code body with its checksum appended. */
export const sign = (body: string): string => `${body}.${checkChars(body)}`;

const version = (engine: ScenarioEngine) => engine.payload.hash.slice(0, 8);

/** The code for a finished play; null if play has not ended. */
export function encodeResult(engine: ScenarioEngine, snapshot: EngineSnapshot): string | null {
  if (snapshot.status !== 'done') return null;
  const scenes = engine.payload.scenario.scenes;
  const digits = snapshot.context.log.map((d) => DIGITS[scenes[d.scene]!.decision.options.findIndex((o) => o.id === d.option)]);
  return sign(`${FORMAT}.${engine.payload.scenario.id}.${version(engine)}.${digits.join('')}`);
}

/** Reads a code against the scenarios this site has, saying exactly what is wrong with a bad one. */
export function decodeResult(raw: string, engines: ReadonlyMap<string, ScenarioEngine>): DecodedCode {
  const code = raw.trim().replace(/\s+/g, '');
  const fail = (problem: CodeProblem, message: string): DecodedCode => ({ ok: false, code, problem, message });
  const match = /^(CB1)\.([a-z][a-z0-9-]*)\.([0-9a-f]{8})\.([0-9a-z]*)\.([0-9a-z]{4})$/i.exec(code);
  if (!match)
    return fail('format', 'This is not a result code from this course (it should look like CB1.name.version.choices.check).');
  const [, , id, ver, digits, check] = match as unknown as [string, string, string, string, string, string];
  if (checkChars(code.slice(0, code.lastIndexOf('.'))) !== check.toLowerCase())
    return fail('checksum', 'The code has a typing mistake: its check characters do not match.');
  const engine = engines.get(id);
  if (!engine) return fail('unknown-scenario', `There is no scenario "${id}" on this site.`);
  if (version(engine) !== ver.toLowerCase())
    return fail(
      'other-version',
      `The code comes from another version of "${engine.payload.scenario.title}", so its choices may not match this one.`,
    );
  const played = replayPositions(engine, [...digits.toLowerCase()].map((d) => DIGITS.indexOf(d)));
  if (!played.ok) return fail('impossible-choices', 'The choices in the code are not a possible play of this scenario.');
  const { choices, snapshot } = played;
  if (snapshot.status !== 'done') return fail('unfinished', 'The code stops before the end of the scenario.');
  return { ok: true, code, scenarioId: id, choices, snapshot };
}
