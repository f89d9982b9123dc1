import type { APIRoute, GetStaticPaths } from 'astro';
import { scenarioArt } from '../../../illustration/scenario-art';
import { lightPalette } from '../../../illustration/palette';
import { publishedScenarios, type ScenarioEntry } from '../../../collections/scenarios';

/*
 * The scenario's drawing as a file of its own (scenarios/<id>/art.svg), for a social preview or a
 * slide. A file has no page CSS, so it is drawn in the light theme's colours.
 */
export const getStaticPaths = (async () =>
  (await publishedScenarios()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ScenarioEntry }> = ({ props }) =>
  new Response(scenarioArt(props.entry.data, { palette: lightPalette, standalone: { width: 1200, height: 480 } }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
