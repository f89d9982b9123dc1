import type { ScenarioLookup } from './lookup';
import { applyOption, enterScene, finishPlay, initialContext, isAvailable, matchingEndings, stagesWaited } from './model';
import type { OptionKind, PlayContext } from './types';

/*
 * Plays the library rules need that the analysis does not keep: every play a learner who only
 * refers could make, every play of one who works jointly whenever they can, and the authors'
 * best-practice route. Played through the pure model (the same arithmetic as the machine), and
 * never through a critical safeguarding error: no play through one is anybody's "best".
 */

/**
 * A library scenario has a few dozen such plays; past this many the rule is left unjudged rather
 * than let a pathological file stall the checker.
 */
export const RESTRICTED_PLAY_LIMIT = 20_000;

export interface RestrictedPlays {
  /** Final contexts, in the order found. */
  plays: PlayContext[];
  /** Scenes where no option passed the rule, so such a learner could go no further. */
  stuck: string[];
}

/** Every complete play whose every choice passes `keep`, which also sees the kinds open then; null past the limit. */
export function restrictedPlays(
  lookup: ScenarioLookup,
  keep: (kind: OptionKind, open: readonly OptionKind[]) => boolean,
): RestrictedPlays | null {
  const plays: PlayContext[] = [];
  const stuck = new Set<string>();
  const walk = (context: PlayContext): boolean => {
    const scene = lookup.scenario.scenes[context.scene ?? ''];
    const open = (scene?.decision.options ?? []).filter((o) => o.critical === undefined && isAvailable(o, context));
    const kinds = open.map((o) => o.kind);
    const chosen = open.filter((o) => keep(o.kind, kinds));
    if (!chosen.length) stuck.add(context.scene ?? '');
    for (const option of chosen) {
      const after = applyOption(context, lookup, option.id);
      if (option.next === undefined) {
        plays.push(finishPlay(after, lookup));
        if (plays.length > RESTRICTED_PLAY_LIMIT) return false;
      } else if (!walk(enterScene(after, lookup, option.next))) return false;
    }
    return true;
  };
  const finished = walk(enterScene(initialContext(lookup), lookup, lookup.firstScene));
  return finished ? { plays, stuck: [...stuck] } : null;
}

/** Only referrals, wherever one is open. */
export const referralOnly = (kind: OptionKind): boolean => kind === 'referral';
/** Joint action wherever it is open; anything else only where it is not. */
export const jointFirst = (kind: OptionKind, open: readonly OptionKind[]): boolean =>
  kind === 'joint-action' || !open.includes('joint-action');

/** The child's total vulnerability at the end of a play. */
export const totalOf = (context: PlayContext): number => Object.values(context.levels).reduce((a, b) => a + b, 0);

/** Stages the child spent waiting for help in a finished play, added over every support. */
export const waitedOf = (context: PlayContext): number =>
  context.supports.reduce((sum, s) => sum + stagesWaited(s, context.stage), 0);

/** The ending a route of option ids reaches, or undefined if it is not a complete, playable route. */
export function endingOf(lookup: ScenarioLookup, route: readonly string[]): string | undefined {
  let context = enterScene(initialContext(lookup), lookup, lookup.firstScene);
  for (const [i, id] of route.entries()) {
    const option = lookup.scenario.scenes[context.scene ?? '']?.decision.options.find((o) => o.id === id);
    if (!option || !isAvailable(option, context)) return undefined;
    context = applyOption(context, lookup, id);
    if (option.next === undefined)
      return i === route.length - 1 ? matchingEndings(lookup, finishPlay(context, lookup))[0] : undefined;
    context = enterScene(context, lookup, option.next);
  }
  return undefined;
}
