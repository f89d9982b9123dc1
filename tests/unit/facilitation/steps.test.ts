import { describe, expect, it } from 'vitest';
import { largestFit } from '../../../src/facilitation/fit';
import { act, newRoom, type RoomAction, type RoomState } from '../../../src/facilitation/room';
import {
  audienceSteps,
  backward,
  CHOICES_PER_SCREEN,
  forward,
  OPTIONS_SCREEN_CHARS,
  optionPages,
  reminderChars,
  shortLabel,
  stepOnShow,
  tallyLayout,
  VOTE_SCREEN_OPTION_CHARS,
} from '../../../src/facilitation/steps';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { shippedEngines } from './helpers';

const engines = shippedEngines();

function run(engine: ScenarioEngine, state: RoomState, action: RoomAction): RoomState {
  const r = act(engine, state, action);
  if (!r.ok) throw new Error(`${action.type} refused: ${r.message}`);
  return r.state;
}

/** Presses → until the predicate holds, voting the best path's option whenever a vote is open. */
function presses(engine: ScenarioEngine, until: (s: RoomState) => boolean, limit = 200) {
  const best = engine.payload.scenario.bestPath ?? [];
  let room = newRoom(engine);
  const seen: string[] = [];
  for (let i = 0; i < limit && !until(room); i++) {
    seen.push(`${room.phase}:${stepOnShow(engine, room).id}`);
    if (room.phase === 'voting' && !Object.keys(room.votes).length)
      room = run(engine, room, { type: 'set-votes', option: best[room.path.length]!, count: 3 });
    const r = act(engine, room, forward(engine, room));
    if (!r.ok) break;
    room = r.state;
  }
  return { room, seen };
}

describe('the projector’s screens', () => {
  for (const [id, engine] of engines) {
    it(`${id}: → walks every screen of every phase in order, from the child to the last debrief page`, () => {
      const { room, seen } = presses(engine, () => false);
      expect(room.phase).toBe('debrief');
      // The debrief's last page is the end: forward from it is refused, not wrapped round.
      expect(act(engine, room, forward(engine, room)).ok).toBe(false);
      expect(seen[0]).toBe('intro:child');
      // Every decision shows its story, then what can be seen, then any long options, then the question.
      const first = seen.indexOf('voting:story');
      const question = seen.indexOf('voting:question', first);
      expect(seen.slice(first, first + 2)).toEqual(['voting:story', 'voting:signals']);
      expect(new Set(seen.slice(first + 2, question))).toEqual(new Set(question > first + 2 ? ['voting:options'] : []));
      const reveals = seen.filter((s) => s === 'voting:question').length;
      expect(reveals).toBe(engine.payload.scenario.bestPath!.length);
      expect(seen.filter((s) => s === 'consequence:outcome')).toHaveLength(reveals);
      // The debrief a page at a time, in order; the choices take as many pages as they need.
      const debriefScreens = seen.filter((s, i) => s.startsWith('debrief:') && s !== seen[i - 1]);
      const critical = debriefScreens.includes('debrief:critical') ? ['debrief:critical'] : [];
      expect(debriefScreens).toEqual(['debrief:ending', ...critical, 'debrief:chart', 'debrief:scores', 'debrief:choices']);
      const choicePages = seen.filter((s) => s === 'debrief:choices').length;
      expect(choicePages).toBe(Math.ceil(reveals / CHOICES_PER_SCREEN));
    });
  }

  it('← goes back a screen within a phase, then back a step of play', () => {
    const engine = engines.get('sami')!;
    const { room } = presses(engine, (s) => s.phase === 'voting' && stepOnShow(engine, s).id === 'question');
    const back = run(engine, room, backward(engine, room));
    expect(back.step).toBe(room.step - 1);
    expect(audienceSteps(engine, back)[back.step]!.id).toMatch(/^(signals|options)$/);
    let at = back;
    while (at.step > 0) at = run(engine, at, backward(engine, at));
    expect(backward(engine, at)).toEqual({ type: 'back' });
  });

  it('a new phase always opens on its first screen', () => {
    const engine = engines.get('sami')!;
    const { room } = presses(engine, (s) => s.phase === 'voting' && stepOnShow(engine, s).id === 'question');
    const revealed = run(engine, room, { type: 'reveal' });
    expect(revealed.step).toBe(0);
    expect(stepOnShow(engine, revealed).id).toBe('outcome');
  });

  it('shows the stage’s own words only before the first decision, and a stage move after the consequence that makes it', () => {
    const engine = engines.get('sami')!;
    const first = run(engine, newRoom(engine), { type: 'next' });
    expect(audienceSteps(engine, first)[0]!.id).toBe(engine.payload.scenario.stages[0]!.text ? 'stage' : 'story');
    const { seen } = presses(engine, () => false);
    expect(seen.filter((s) => s === 'voting:stage')).toHaveLength(engine.payload.scenario.stages[0]!.text ? 1 : 0);
    expect(seen.filter((s) => s === 'consequence:time').length).toBeGreaterThan(0);
  });
});

describe('long options', () => {
  const words = (n: number) =>
    Array.from({ length: n }, (_, i) => `word${i % 10}`)
      .join(' ')
      .slice(0, n);

  it('stay on the voting screen when up to three are short, and get reading screens otherwise', () => {
    expect(optionPages([words(120), words(VOTE_SCREEN_OPTION_CHARS), words(90)])).toEqual([]);
    const long = optionPages([words(120), words(VOTE_SCREEN_OPTION_CHARS + 1), words(90)]);
    expect(long.flat()).toEqual([0, 1, 2]);
    expect(optionPages([words(40), words(40), words(40), words(40)]).flat()).toEqual([0, 1, 2, 3]);
  });

  it('put as many on a reading screen as it holds, in order, and never leave one out', () => {
    const labels = [words(359), words(338), words(241), words(30)];
    const pages = optionPages(labels);
    expect(pages.flat()).toEqual([0, 1, 2, 3]);
    for (const page of pages) {
      const size = page.reduce((sum, i) => sum + labels[i]!.length + 120, 0);
      expect(page.length === 1 || size <= OPTIONS_SCREEN_CHARS).toBe(true);
    }
  });

  it('are shortened at a word on the voting screen', () => {
    const label =
      'Ring Mr Zieliński and ask him plainly who is in the house on his work nights, and tell Sandra what he says today.';
    const short = shortLabel(label);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(91);
    expect(label.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/[\s,]…$/);
    expect(shortLabel('Short enough.')).toBe('Short enough.');
  });
});

describe('the voting screen with many options', () => {
  it('sets up to four side by side and more as rows, so a fifth never starts a row below the screen', () => {
    expect([1, 2, 3, 4].map(tallyLayout)).toEqual(['cards', 'cards', 'cards', 'cards']);
    expect([5, 6, 9].map(tallyLayout)).toEqual(['rows', 'rows', 'rows']);
  });

  it('shows less of each option as there are more of them, never more than a card holds', () => {
    const sizes = [3, 4, 5, 6, 7, 9].map(reminderChars);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(reminderChars(7)).toBeLessThan(reminderChars(5));
    const label = 'word '.repeat(40).trim();
    expect(shortLabel(label, reminderChars(7)).length).toBeLessThanOrEqual(reminderChars(7) + 1);
  });
});

describe('fitting a screen', () => {
  it('keeps the largest size when it fits, finds the largest that fits, and says when nothing does', () => {
    expect(largestFit(() => true)).toEqual({ scale: 1, fits: true });
    const found = largestFit((scale) => scale <= 0.4);
    expect(found.fits).toBe(true);
    expect(found.scale).toBeLessThanOrEqual(0.4);
    expect(found.scale).toBeGreaterThan(0.4 - 1 / 64);
    expect(largestFit(() => false)).toEqual({ scale: 0, fits: false });
  });
});
