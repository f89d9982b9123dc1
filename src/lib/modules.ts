import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

/** Published modules in course order; drafts stay out of lists and prev/next. */
export async function publishedModules(): Promise<ModuleEntry[]> {
  const all = await getCollection('modules', (m) => !m.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Minutes as a learner reads them: "45 minutes", "1 hour 15 minutes". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes || !hours) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  return parts.join(' ');
}
