import type { Emitter } from './checks';
import type { Scenario } from './types';

/*
 * What an organisation needs to trust a scenario before using it: when it was last checked
 * against current guidance, and a content note whenever it reaches a safeguarding moment, so a
 * learner playing alone knows what is coming. Warnings, so a first draft still runs.
 */
export function checkCurrency(scenario: Scenario, emit: Emitter): void {
  if (scenario.lastReviewed === undefined || scenario.checkedAgainst === undefined)
    emit(
      'warning',
      'not-reviewed',
      [],
      'add "lastReviewed" (the date, YYYY-MM-DD) and "checkedAgainst" (the guidance editions, e.g. [working-together-2023, kcsie-2025]) once someone has checked the scenario against current guidance',
    );
  const marked = Object.entries(scenario.scenes).find(([, s]) => s.safeguarding !== undefined);
  if (marked && scenario.contentNote === undefined)
    emit(
      'warning',
      'no-content-note',
      [],
      `scene "${marked[0]}" is a safeguarding moment (${marked[1].safeguarding}); add a "contentNote" naming its topics so learners know before they start`,
    );
}
