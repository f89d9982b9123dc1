import type { Emitter } from './checks';
import { LIBRARY } from './library-bar';
import { endingOf, jointFirst, referralOnly, restrictedPlays, totalOf, waitedOf } from './library-plays';
import { buildLookup } from './lookup';
import type { AnalysisStats, Framework, PlayContext, Scenario, ScoreBounds } from './types';

/*
 * The library rules that need the analysis' figures or plays of their own: an exact analysis,
 * enough different plays, endings that are all reached, room to score well or badly on every
 * dimension, a best-practice route that reaches the best ending, and the research's claim — a
 * child passed from referral to referral ends worse off than one whose practitioners work
 * together — true in this scenario's numbers.
 */

const route = (context: PlayContext): string => context.log.map((d) => d.option).join(' → ');

export function checkLibraryPlays(
  scenario: Scenario,
  framework: Framework,
  stats: AnalysisStats,
  bounds: ScoreBounds,
  emit: Emitter,
): void {
  const atKey = { atKey: true };
  if (stats.mode !== 'exact')
    emit(
      'error',
      'library-exact',
      [],
      'the plays could not all be explored, so the score bounds and endings are estimates; a library scenario is analysed exactly. Make it smaller: fewer options at some decisions, or fewer scenes.',
    );
  if (Number(stats.plays) < LIBRARY.plays)
    emit(
      'error',
      'library-plays',
      ['scenes'],
      `there are ${stats.plays} different plays; a library scenario offers at least ${LIBRARY.plays}, so learners in a group make genuinely different journeys. Let more options lead to different scenes.`,
      atKey,
    );
  if (stats.endings.length < LIBRARY.endings)
    emit(
      'error',
      'library-endings',
      ['endings'],
      `plays reach ${stats.endings.length} ending(s); a library scenario has at least ${LIBRARY.endings} that plays reach. Add an ending, or widen the conditions so each ending has final states of its own.`,
      atKey,
    );
  for (const d of framework.dimensions) {
    const b = bounds[d.id];
    // A dimension no option scores on is already reported by the shape rules.
    const scored = Object.values(scenario.scenes).some((s) => s.decision.options.some((o) => (o.scores[d.id] ?? 0) > 0));
    if (!b || b.min < b.max || !scored) continue;
    emit(
      'error',
      'library-dimensions',
      ['scenes'],
      `every play scores ${b.min} on "${d.id}" (${d.name}), so the debrief cannot tell learners apart on it. Give points on it to options that some plays take and others do not.`,
      atKey,
    );
  }

  const lookup = buildLookup(scenario, framework);
  const best = scenario.bestPath;
  const firstEnding = scenario.endings[0]?.id;
  const reached = best ? endingOf(lookup, best) : undefined;
  if (best && reached !== undefined && reached !== firstEnding)
    emit(
      'error',
      'library-best-path',
      ['bestPath'],
      `the best-practice route ends in "${reached}", but the first ending listed is "${firstEnding}"; in the library the route reaches the first, best ending. Change the route, or list its ending first.`,
      atKey,
    );

  const referral = restrictedPlays(lookup, referralOnly);
  const joint = restrictedPlays(lookup, jointFirst);
  if (!referral || !joint) return;
  const [stuck] = referral.stuck;
  if (stuck !== undefined) {
    emit(
      'error',
      'library-referral-alone',
      ['scenes', stuck, 'decision', 'options'],
      `a learner who only refers cannot go on from here: no referral is open. A library scenario lets a learner refer at every decision, so the debrief can compare referral alone with joint work. Offer a referral here without a requirement.`,
    );
    return;
  }
  if (!joint.plays.length || !referral.plays.length) return;
  const bestJoint = joint.plays.reduce((a, b) => (totalOf(b) < totalOf(a) ? b : a));
  const bestReferral = referral.plays.reduce((a, b) => (totalOf(b) < totalOf(a) ? b : a));
  if (totalOf(bestReferral) <= totalOf(bestJoint))
    emit(
      'error',
      'library-referral-alone',
      ['scenes'],
      `referral alone does as well as joint work: referring at every decision (${route(bestReferral)}) ends at a total of ${totalOf(bestReferral)}, and the best joint route (${route(bestJoint)}) at ${totalOf(bestJoint)}. A library scenario shows the research's finding that a child passed from referral to referral ends worse off; give referrals realistic delays or narrower help, or let joint work cover more domains sooner.`,
      atKey,
    );
  if (!referral.plays.some((p) => waitedOf(p) > 0))
    emit(
      'error',
      'library-referral-alone',
      ['scenes'],
      'no referral ever makes the child wait; a library scenario shows a waiting list somewhere on the referral route. Give some referral\'s support a "delay" of 1 or more.',
      atKey,
    );
}
