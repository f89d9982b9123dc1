import { debrief, type ScenarioEngine } from '../scenario/runtime';
import { alternativesHere, routes } from './compare';
import { roomSnapshot, sceneOnShow, type RoomAction, type RoomState } from './room';

/*
 * What the projector shows, one screen at a time. A projected page cannot scroll, and text read
 * from the back of a room has to be large, so each phase of the room's play is cut into screens
 * the presenter steps through with the same keys that move the play on: the story, then what can
 * be seen, then any long options read in full, then the question with the votes; what happened,
 * then what it means; the debrief a page at a time. A screen only appears when it has something
 * to show.
 */

export type StepId =
  | 'child'
  | 'stage'
  | 'story'
  | 'signals'
  | 'options'
  | 'question'
  | 'outcome'
  | 'research'
  | 'time'
  | 'alternatives'
  | 'ending'
  | 'critical'
  | 'chart'
  | 'scores'
  | 'choices'
  | 'routes';

export interface AudienceStep {
  id: StepId;
  /** A few words for the presenter's list of screens. */
  label: string;
  /** Which page of a screen too long for one: the options read in full, or the group's choices. */
  part: number;
}

/**
 * When the options can be read on the voting screen itself, side by side with their votes: up to
 * three, none longer than this. Otherwise they are read first on screens of their own, one under
 * another, and the voting screen shows the start of each as a reminder.
 */
export const VOTE_SCREEN_OPTION_CHARS = 160;
/** How many characters of options one reading screen holds, each option's letter and kind counted as 120. */
export const OPTIONS_SCREEN_CHARS = 600;
const OPTION_FRAME_CHARS = 120;

/** The options' indexes on each reading screen; none when the voting screen can hold them all. */
export function optionPages(labels: readonly string[]): number[][] {
  if (labels.length <= 3 && labels.every((l) => l.length <= VOTE_SCREEN_OPTION_CHARS)) return [];
  const pages: number[][] = [];
  let size = Infinity;
  labels.forEach((label, i) => {
    const cost = label.length + OPTION_FRAME_CHARS;
    if (size + cost > OPTIONS_SCREEN_CHARS) {
      pages.push([]);
      size = 0;
    }
    pages.at(-1)!.push(i);
    size += cost;
  });
  return pages;
}

/** The start of an option, cut at a word, as a reminder on the voting screen. */
export function shortLabel(label: string, max = 90): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * How the voting screen lays out the options with their votes. Up to four sit side by side as
 * cards; a fifth card would start a second row the screen has no height for, so more are drawn
 * as rows, one under another, with the votes beside each.
 */
export const CARDS_ACROSS = 4;
export type TallyLayout = 'cards' | 'rows';
export const tallyLayout = (count: number): TallyLayout => (count <= CARDS_ACROSS ? 'cards' : 'rows');

/**
 * How much of each option the voting screen shows when the options were read in full before it:
 * a card holds a few lines; a row about two, or one when there are so many rows that two lines
 * each would not fit the screen's height.
 */
export function reminderChars(count: number): number {
  if (tallyLayout(count) === 'cards') return 90;
  return count <= 5 ? 80 : 40;
}

/** Decisions per page of the group's choices: six rows stay large enough to read from the back. */
export const CHOICES_PER_SCREEN = 6;

/** A name for the screen that is unique within its phase: "choices", "choices-2"… */
export const stepKey = (step: AudienceStep) => (step.part ? `${step.id}-${step.part + 1}` : step.id);

/** The stage the consequence on show moved the story into, if it moved it on. */
export function stageMovedTo(engine: ScenarioEngine, state: RoomState) {
  if (state.path.length === 0) return null;
  const after = roomSnapshot(engine, state.path);
  const before = roomSnapshot(engine, state.path.slice(0, -1));
  if (after.status === 'done' || after.context.stage === before.context.stage) return null;
  return engine.payload.scenario.stages[after.context.stage] ?? null;
}

export function audienceSteps(engine: ScenarioEngine, state: RoomState): AudienceStep[] {
  const steps: AudienceStep[] = [];
  const add = (id: StepId, label: string, when = true, part = 0) => when && steps.push({ id, label, part });
  switch (state.phase) {
    case 'intro':
      add('child', 'The child');
      break;
    case 'voting': {
      const snapshot = roomSnapshot(engine, state.path);
      const here = sceneOnShow(engine, state);
      const stage = here ? engine.payload.scenario.stages.find((s) => s.id === here.scene.stage) : undefined;
      add('stage', 'The stage', snapshot.context.log.length === 0 && Boolean(stage?.text));
      add('story', 'The story');
      add('signals', 'What you notice');
      const pages = optionPages(here ? here.scene.decision.options.map((o) => o.label) : []);
      pages.forEach((_, part) => add('options', `The options (${part + 1} of ${pages.length})`, true, part));
      add('question', 'The question and votes');
      break;
    }
    case 'consequence': {
      const log = roomSnapshot(engine, state.path).context.log.at(-1);
      const option = log
        ? engine.payload.scenario.scenes[log.scene]?.decision.options.find((o) => o.id === log.option)
        : undefined;
      add('outcome', 'What happened');
      add('research', 'What the research says', Boolean(option?.expert.text || option?.statutoryStep || option?.costs));
      add('time', 'Time moves on', stageMovedTo(engine, state) !== null);
      add('alternatives', 'The other choices tried', alternativesHere(engine, state).length > 0);
      break;
    }
    case 'debrief': {
      const result = debrief(engine, roomSnapshot(engine, state.path));
      add('ending', 'How it ended', result.ending !== null);
      add('critical', 'Critical errors', result.critical.length > 0);
      add('chart', 'The trajectory');
      add('scores', 'The scores');
      const pages = Math.max(1, Math.ceil(result.decisions.length / CHOICES_PER_SCREEN));
      for (let part = 0; part < pages; part++)
        add('choices', pages > 1 ? `Choices and votes (${part + 1} of ${pages})` : 'Choices and votes', true, part);
      add('routes', 'Every route tried', routes(engine, state).length > 1);
      break;
    }
  }
  return steps;
}

/** The screen showing: the state's step, held within the phase's screens. */
export function stepOnShow(engine: ScenarioEngine, state: RoomState): AudienceStep {
  const steps = audienceSteps(engine, state);
  return steps[Math.min(state.step, steps.length - 1)]!;
}

/**
 * The presenter's "forward" (→, Page Down, Space, a clicker): the next screen of the phase, and
 * from its last screen the next step of play (reveal the vote, the next decision, the debrief).
 */
export function forward(engine: ScenarioEngine, state: RoomState): RoomAction {
  const last = audienceSteps(engine, state).length - 1;
  if (state.step < last) return { type: 'show', step: state.step + 1 };
  return state.phase === 'voting' ? { type: 'reveal' } : { type: 'next' };
}

/** The presenter's "back": the screen before, and from the first screen the step of play before. */
export function backward(engine: ScenarioEngine, state: RoomState): RoomAction {
  const at = Math.min(state.step, audienceSteps(engine, state).length - 1);
  return at > 0 ? { type: 'show', step: at - 1 } : { type: 'back' };
}
