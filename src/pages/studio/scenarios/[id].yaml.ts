import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedScenarios } from '../../../collections/scenarios';

/*
 * Each published scenario's file exactly as it is in scenarios/, comments and all, so the studio
 * can open a copy to learn from or adapt.
 */
export const getStaticPaths = (async () =>
  (await publishedScenarios()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), 'scenarios', `${params.id}.yaml`)), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
