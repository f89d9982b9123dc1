import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { finderPayload } from '../../search/finder-documents';

/** The "Who can help?" finder's lunr index and summaries, serialised once at build time. */
export const GET: APIRoute = async () => {
  const roles = (await getCollection('roles')).map(({ id, data }) => ({ id, data }));
  const glossary = (await getCollection('glossary')).map(({ id, data }) => ({ id, data }));
  return new Response(JSON.stringify(finderPayload({ roles, glossary })), { headers: { 'Content-Type': 'application/json' } });
};
