import type { LearnerRecord } from '../record/record';
import { mixNames, type ScenarioEngine } from '../scenario/runtime';
import type { Option, OptionKind } from '../scenario/types';

/*
 * Each decision a learner makes, as the LMS's interactions record it: tutors' first question of
 * branching content is "who chose what", and an LMS's interactions report answers it.
 *
 * Interactions are a journal of the session (both standards treat them so, and in SCORM 1.2 they
 * cannot even be read back), so the launch page reports the decisions made since the session
 * began; a decision later taken back stays in the journal, because it was made.
 */

/** What the LMS is told about one decision. */
export interface DecisionInteraction {
  /** Unique and stable: the same decision is never recorded twice. */
  id: string;
  scenarioId: string;
  sceneId: string;
  optionId: string;
  /** The option's letter as the player shows it, lower case: SCORM 1.2's response to a choice. */
  letter: string;
  kind: OptionKind;
  /** The question, the kind and the option's words, within SCORM 2004's 250 characters. */
  description: string;
  /** When the choice was made (ms since 1970). */
  at: number;
  /** How long the learner took, from the previous choice (or the play's start); null when unknown or after a break. */
  latencyMs: number | null;
  result: InteractionResult;
  /** The decision's strongest options (those whose standing is correct), as ids and letters: the LMS's "right answer". */
  strongest: { optionId: string; letter: string }[];
}

/**
 * An option's standing: a critical safeguarding error, or one whose scores take away more than
 * they add, is incorrect; the best-scoring safe option of its decision is correct; the rest are
 * neutral (defensible, not the strongest). SCORM 1.2 spells incorrect "wrong".
 */
export type InteractionResult = 'correct' | 'neutral' | 'incorrect';

/** A gap longer than this between choices is a learner who left and came back, not thinking time. */
export const MAX_LATENCY_MS = 60 * 60 * 1000;

/** SCORM 2004's smallest permitted maximum for description (localized_string_type, SPM 250). */
export const DESCRIPTION_CHARS = 250;

const total = (option: Option) => Object.values(option.scores).reduce((sum, n) => sum + n, 0);

export function optionStanding(options: readonly Option[], chosen: Option): InteractionResult {
  if (chosen.critical || total(chosen) < 0) return 'incorrect';
  const best = Math.max(...options.filter((o) => !o.critical).map(total));
  return total(chosen) >= best ? 'correct' : 'neutral';
}

const letterOf = (index: number) => String.fromCharCode(97 + index);

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Identifiers both standards accept: letters, digits and a few marks, no spaces. */
const safeId = (text: string) => text.replace(/[^\w.-]/g, '_');

/**
 * The decisions made in scope since `since`, oldest first. Decisions in scenarios without an
 * engine, or in scenes a later version removed, are left out rather than reported wrongly.
 */
export function decisionInteractions(
  record: LearnerRecord,
  engines: ReadonlyMap<string, ScenarioEngine>,
  since: number,
): DecisionInteraction[] {
  const found = new Map<string, DecisionInteraction>();
  for (const run of Object.values(record.runs)) {
    const engine = engines.get(run.scenarioId);
    if (!engine) continue;
    // Choices taken back by a rewind were made too: the journal keeps them. A play branched from
    // an earlier one starts with that play's choices; the id (not the play) makes them one.
    const choices = [...run.rewinds.flatMap((r) => r.undone), ...run.choices].sort((a, b) => a.at - b.at);
    choices.forEach((choice, i) => {
      if (choice.at < since) return;
      const scene = engine.payload.scenario.scenes[choice.sceneId];
      const options = scene?.decision.options ?? [];
      const index = options.findIndex((o) => o.id === choice.optionId);
      const option = options[index];
      if (!scene || !option) return;
      const previous = i > 0 ? choices[i - 1]!.at : run.startedAt;
      const latency = choice.at - previous;
      const id = `urn:crossing-boundaries:decision:${safeId(run.scenarioId)}:${safeId(choice.sceneId)}:${choice.at.toString(36)}`;
      if (found.has(id)) return;
      found.set(id, {
        id,
        scenarioId: run.scenarioId,
        sceneId: choice.sceneId,
        optionId: choice.optionId,
        letter: letterOf(index),
        kind: option.kind,
        description: cut(
          `${scene.decision.question} ${mixNames[option.critical ? 'critical' : option.kind]}: ${option.label}`,
          DESCRIPTION_CHARS,
        ),
        at: choice.at,
        latencyMs: latency >= 0 && latency <= MAX_LATENCY_MS ? latency : null,
        result: optionStanding(options, option),
        strongest: options.flatMap((o, i) =>
          optionStanding(options, o) === 'correct' ? [{ optionId: o.id, letter: letterOf(i) }] : [],
        ),
      });
    });
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}
