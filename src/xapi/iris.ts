/*
 * Every identifier a statement uses. Verbs and activity types are ADL's, so any LRS report
 * understands them; activities and extensions are ours, under the course's own address.
 *
 * With a public address (`site` in site.config.ts) activity ids are the pages' own URLs
 * ('https://learning.example.org/cpd/modules/knowing-who/'), so an LRS user can open them.
 * Without one (intranet or USB copies) there is no address we control, so ids use the
 * 'urn:crossing-boundaries:' scheme ('urn:crossing-boundaries:modules:knowing-who'). URL ids
 * follow the address, so moving a course with `site` set to another host or base path starts new
 * activities in the LRS; URN ids never change, but cannot be opened, and two organisations
 * without `site` share them.
 */

export const URN_BASE = 'urn:crossing-boundaries:';

export const verbs = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-GB': 'launched' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered' } },
} as const;

export const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  /** A branching scenario is a simulation of casework. */
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  /** Required for definitions with an `interactionType`. */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** The start of every activity id: the public URL with the base path, or the URN prefix. */
export function activityBase(site: string | undefined, base: string): string {
  if (!site) return URN_BASE;
  const path = base.endsWith('/') ? base : `${base}/`;
  return new URL(path, site).href;
}

const isUrn = (base: string) => base.startsWith('urn:');

/** An id below the base: pages end with '/', as the site's own URLs do. */
function below(base: string, segments: string[], page: boolean): string {
  const parts = segments.map(encodeURIComponent);
  if (isUrn(base)) return base + parts.join(':');
  return base + parts.join('/') + (page ? '/' : '');
}

export const courseIri = (base: string) => (isUrn(base) ? `${base}course` : base);
export const moduleIri = (base: string, id: string) => below(base, ['modules', id], true);
export const scenarioIri = (base: string, id: string) => below(base, ['scenarios', id], true);
export const decisionIri = (base: string, scenarioId: string, sceneId: string) =>
  below(base, ['scenarios', scenarioId, 'scenes', sceneId], false);

/** Our extension keys. */
export const extensionNames = ['dimension-scores', 'ending', 'critical-errors', 'option-kind', 'decisions-carried-over'] as const;
export type ExtensionName = (typeof extensionNames)[number];

export const extensionIri = (base: string, name: ExtensionName) => below(base, ['xapi', 'extensions', name], false);
