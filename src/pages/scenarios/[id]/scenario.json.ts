import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedScenarios, type ScenarioEntry } from '../../../collections/scenarios';

/*
 * The compiled scenario on its own, for pages that need an engine for a scenario they do not
 * embed: the mirror page fetches only the scenarios its pasted codes name.
 */
export const getStaticPaths = (async () =>
  (await publishedScenarios()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ScenarioEntry }> = ({ props }) =>
  new Response(JSON.stringify(props.entry.data), { headers: { 'Content-Type': 'application/json' } });
