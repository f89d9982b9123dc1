import type { GlossaryEntry } from '../schemas/glossary';
import type { DomainId } from '../schemas/ids';
import type { Role } from '../schemas/role';
import { buildFinderIndex } from './finder-index';
import type { FinderDocument, FinderPayload, FinderSummary } from './finder-types';

/*
 * The finder's payload from the directory and the glossary: lunr's serialised index plus the
 * summaries it cannot hold. Pure: the build passes the collections' data in.
 */

export interface FinderSources {
  roles: { id: string; data: Role }[];
  glossary: { id: string; data: GlossaryEntry }[];
}

const localText = (local: Role['local']) => [local.team, local.howToReach, local.notes].filter(Boolean).join(' · ');

export function finderPayload({ roles, glossary }: FinderSources): FinderPayload {
  const documents: FinderDocument[] = [];
  const summaries: Record<string, FinderSummary> = {};
  for (const { id, data } of roles) {
    const ref = `role:${id}`;
    documents.push({ ref, name: data.name, aliases: data.aliases, concerns: [...data.concerns, ...data.whenToInvolve], summary: data.summary, domains: data.domains });
    summaries[ref] = {
      kind: 'role',
      name: data.name,
      summary: data.summary,
      brings: data.whatTheyBring,
      when: data.whenToInvolve,
      local: localText(data.local),
      domains: data.domains,
      path: `who-can-help/${id}/`,
    };
  }
  for (const { id, data } of glossary) {
    const ref = `term:${id}`;
    const domains: DomainId[] = [];
    documents.push({ ref, name: data.term, aliases: data.aliases, concerns: [], summary: data.short, domains });
    summaries[ref] = { kind: 'term', name: data.term, summary: data.short, brings: [], when: [], local: '', domains, path: `glossary/${id}/` };
  }
  return { index: buildFinderIndex(documents).toJSON(), summaries };
}
