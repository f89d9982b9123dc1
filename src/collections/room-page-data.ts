import { getCollection } from 'astro:content';
import type { RoomPageData } from '../facilitation/page-data';
import { href } from '../urls/base';
import { renderMarkdown } from '../rendering/markdown';
import { displayPayload } from './scenario-display';
import { moduleLinks, type ScenarioEntry } from './scenarios';

/** The data both facilitation windows embed; notes only for the presenter's. */
export async function roomPageData(entry: ScenarioEntry, role: 'presenter' | 'audience'): Promise<RoomPageData> {
  const { scenario } = entry.data;
  const notes: Record<string, string> = {};
  if (role === 'presenter')
    for (const [id, scene] of Object.entries(scenario.scenes)) if (scene.notes) notes[id] = await renderMarkdown(scene.notes);
  const payload = await displayPayload(entry.data);
  if (role === 'audience') for (const scene of Object.values(payload.scenario.scenes)) delete scene.notes;
  const roles = await getCollection('roles');
  return {
    payload,
    modules: await moduleLinks(),
    notes,
    roleName: roles.find((r) => r.id === scenario.role)?.data.name ?? scenario.role,
    presenterHref: href(`scenarios/${entry.id}/facilitate/`),
    audienceHref: href(`scenarios/${entry.id}/facilitate/audience/`),
  };
}
