import lunr from 'lunr';
import { safeguardingFirst } from './safeguarding-first';

export { isSafeguardingConcern } from './safeguarding-first';
import { synonyms } from './synonyms';

export interface FinderHit {
  ref: string;
  score: number;
}

const fields = ['name', 'aliases', 'concerns', 'summary'] as const;

/** Splits text into lower-case words, dropping punctuation that lunr's query syntax would choke on. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** The learner's words plus the expansions of any synonym phrase or abbreviation in them. */
export function expandQuery(text: string): { typed: string[]; extra: string[] } {
  const lower = ` ${words(text).join(' ')} `;
  const extra: string[] = [];
  for (const [phrase, expansion] of Object.entries(synonyms)) {
    const key = words(phrase).join(' ');
    if (lower.includes(` ${key} `)) extra.push(...words(expansion));
  }
  return { typed: words(text), extra };
}

/**
 * Ranks the index's documents for a concern typed in plain words.
 *
 * Built with lunr's query() API, never by passing the learner's text to search(): text with
 * ':' '~' '^' or '*' would be read as query syntax and throw. For each word we add the stemmed
 * term (exact matches score highest), a trailing wildcard on the raw word (results while the
 * word is half typed: wildcards skip the stemmer, so both are needed) and, for longer words, a
 * fuzzy match (typos such as "speach"). Stop words alone ("the", "not") are skipped, and an empty
 * query returns nothing rather than everything.
 */
export function queryFinder(index: lunr.Index, text: string, limit = 8): FinderHit[] {
  const { typed, extra } = expandQuery(text);
  const meaningful = typed.filter((w) => lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined);
  const expansions = extra.filter((w) => lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined);
  if (meaningful.length === 0 && expansions.length === 0) return [];
  // A child being harmed is answered with the safeguarding route first, whatever else matches.
  const results = index.query((q) => {
    for (const word of meaningful) {
      q.term(word, { fields: [...fields], boost: 10 });
      q.term(word, { fields: [...fields], usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
      if (word.length >= 4)
        q.term(word, { fields: [...fields], usePipeline: false, editDistance: word.length >= 7 ? 2 : 1, boost: 1 });
    }
    for (const word of expansions) q.term(word, { fields: [...fields], boost: 6 });
  });
  const hits = results.map((r) => ({ ref: r.ref, score: r.score }));
  return safeguardingFirst(text, hits, (ref, score) => ({ ref, score })).slice(0, limit);
}
