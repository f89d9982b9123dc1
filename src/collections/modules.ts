import { getCollection, type CollectionEntry } from 'astro:content';

// One formatter for minutes across the site and the record.
export { formatMinutes } from '../record/format';

export type ModuleEntry = CollectionEntry<'modules'>;

/** Published modules in course order; drafts stay out of lists and prev/next. */
export async function publishedModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules', (m) => !m.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}
