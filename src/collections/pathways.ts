import { getCollection, type CollectionEntry } from 'astro:content';
import type { PathwayStepRef } from '../record/pathway-status';
import { href } from '../urls/base';

export type PathwayEntry = CollectionEntry<'pathways'>;

export interface PathwayStep extends PathwayStepRef {
  title: string;
  url: string | null;
  note: string;
}

export async function sortedPathways(): Promise<PathwayEntry[]> {
  return (await getCollection('pathways')).sort((a, b) => a.data.order - b.data.order);
}

/** Each step with its title, link and minutes, for the pathway pages and their checklist script. */
export async function pathwaySteps(pathway: PathwayEntry): Promise<PathwayStep[]> {
  const modules = new Map((await getCollection('modules')).map((m) => [m.id, m.data]));
  const sessions = new Map((await getCollection('sessions')).map((s) => [s.id, s.data]));
  const scenarios = new Map((await getCollection('scenarios')).map((s) => [s.id, s.data.scenario]));
  return pathway.data.steps.map(({ type, id, note, planned }): PathwayStep => {
    if (planned) {
      const title = `${type === 'scenario' ? 'Scenario' : 'Session plan'} “${id}” (being written)`;
      return { kind: 'planned', id, minutes: 0, title, url: null, note };
    }
    if (type === 'module') {
      const m = modules.get(id);
      return { kind: type, id, minutes: m?.minutes ?? 0, title: m?.title ?? id, url: href(`modules/${id}/`), note };
    }
    if (type === 'scenario') {
      const s = scenarios.get(id);
      return { kind: type, id, minutes: s?.minutes ?? 0, title: s?.title ?? id, url: href(`scenarios/${id}/`), note };
    }
    const s = sessions.get(id);
    return { kind: type, id, minutes: s?.minutes ?? 0, title: s?.title ?? id, url: href(`facilitate/sessions/${id}/`), note };
  });
}
