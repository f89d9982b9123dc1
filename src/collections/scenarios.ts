import { getCollection, type CollectionEntry } from 'astro:content';
import type { ModuleLinks } from '../player/data';
import { href } from '../urls/base';
import { publishedModules } from './modules';

export type ScenarioEntry = CollectionEntry<'scenarios'>;

/** Published scenarios by title. */
export async function publishedScenarios(): Promise<ScenarioEntry[]> {
  const all = await getCollection('scenarios');
  return all.sort((a, b) => a.data.scenario.title.localeCompare(b.data.scenario.title));
}

/** Module id → title and link, for expert views and the debrief's "read more". */
export async function moduleLinks(): Promise<ModuleLinks> {
  const modules = await publishedModules();
  return Object.fromEntries(modules.map((m) => [m.id, { title: m.data.title, href: href(`modules/${m.id}/`) }]));
}

/** Scenarios that list a module among their related modules. */
export async function scenariosForModule(moduleId: string): Promise<ScenarioEntry[]> {
  return (await publishedScenarios()).filter((s) => s.data.scenario.modules.includes(moduleId));
}
