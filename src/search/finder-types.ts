import type { DomainId } from '../schemas/ids';

/** One thing the "Who can help?" finder can suggest: a role or service, or a glossary term. */
export interface FinderDocument {
  /** `role:<id>` or `term:<id>`. */
  ref: string;
  name: string;
  aliases: string[];
  /** Concerns a practitioner might type, as written in the directory. */
  concerns: string[];
  /** What they do, in a sentence or two. */
  summary: string;
  domains: DomainId[];
}

/** What the finder shows for a result: lunr's index holds no documents, so this travels beside it. */
export interface FinderSummary {
  kind: 'role' | 'term';
  name: string;
  summary: string;
  /** For roles: what they bring and when to involve them; empty for terms. */
  brings: string[];
  when: string[];
  /** Local contact details, when the organisation has filled them in. */
  local: string;
  domains: DomainId[];
  /** Path below the base. */
  path: string;
}

/** The static JSON file the build emits and the finder island loads. */
export interface FinderPayload {
  index: object;
  summaries: Record<string, FinderSummary>;
}
