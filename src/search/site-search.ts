/*
 * Pagefind, loaded from the built site at run time (never bundled): the search page and the
 * header dialog load it on first use, under whatever base the course is served from.
 */
import { pageHref } from '../urls/base';
import { searchWords, textHasWord, unmarkStopWords } from './query-words';

export interface SiteResult {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
  type: string;
}

export interface SiteFilters {
  type?: string;
  audience?: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole text. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; ranking?: { pageLength?: number; termFrequency?: number } }): Promise<void>;
  init(): Promise<void>;
  search(
    text: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    // Against the page, not this script: a packaged build's base is relative ('../../'), and
    // import() would resolve that from the script's own folder.
    const pagefind = (await import(/* @vite-ignore */ new URL(`${base}pagefind/pagefind.js`, document.baseURI).href)) as Pagefind;
    // A module is long and a glossary entry short: without easing the length penalty, the entry
    // for "relational agency" would outrank the module that teaches it. Results come back as
    // site paths ('/modules/x/'), turned into page addresses in searchSite.
    await pagefind.options({ baseUrl: '/', ranking: { pageLength: 0.1 } });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export interface SiteSearchOutcome {
  total: number;
  results: SiteResult[];
  /** Words no page of the course uses: left out of the search and named to the learner. */
  unknown: string[];
}

const known = new Map<string, Promise<boolean>>();

/**
 * Whether any page holds the word. Pagefind answers an unknown word with the longest prefix it
 * knows ("moodle" with pages about "mood"), so its best page is checked for the word itself.
 */
function isKnown(pagefind: Pagefind, word: string): Promise<boolean> {
  let answer = known.get(word);
  if (!answer) {
    answer = (async () => {
      const top = (await pagefind.search(word)).results[0];
      return top ? textHasWord((await top.data()).content, word) : false;
    })();
    known.set(word, answer);
  }
  return answer;
}

export async function searchSite(
  pagefind: Pagefind,
  base: string,
  text: string,
  filters: SiteFilters,
  limit = 12,
): Promise<SiteSearchOutcome> {
  const words = searchWords(text);
  const found = await Promise.all(words.map((w) => isKnown(pagefind, w)));
  const unknown = words.filter((_, i) => !found[i]);
  const query = words.filter((_, i) => found[i]).join(' ');
  if (!query) return { total: 0, results: [], unknown };
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const hits = await pagefind.search(query, Object.keys(active).length ? { filters: active } : {});
  const data = await Promise.all(hits.results.slice(0, limit).map((r) => r.data()));
  return {
    total: hits.results.length,
    unknown,
    results: data.map((d) => ({
      url: pageHref(base, d.url),
      title: d.meta['title'] ?? d.url,
      excerpt: unmarkStopWords(d.excerpt),
      type: d.meta['type'] ?? d.filters['type']?.[0] ?? '',
    })),
  };
}
