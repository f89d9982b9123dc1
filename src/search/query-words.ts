/*
 * How a typed question becomes search words. Practitioners type whole questions ("what do I do
 * if a child discloses abuse"); Pagefind looks for pages holding every word, so the little words
 * are dropped before searching and never highlighted. Pagefind also swaps a word it does not
 * know for the longest prefix it does ("blockchain" finds "block"); `wordRoot` lets the search
 * tell a real match from such a swap (site-search.ts).
 */

const STOP_WORDS = new Set(
  `a about after all also am an and any are as at be been before being but by can could did do does doing done
  for from get got had has have having he her here him his how i if in into is it its just me my no not of on or
  our out she should so some than that the their them then there these they this to too up us very was we were
  what when where which who whom why will with would you your`.split(/\s+/),
);

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word.toLowerCase());

/** The words worth searching for, lower case; the stop words too if there is nothing else. */
export function searchWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.filter((w) => !isStopWord(w));
  return content.length ? content : words;
}

/**
 * A word without its common English endings ("discloses" → "disclos", "policies" → "polic"):
 * a page matches a word when it holds a word starting with this root.
 */
export function wordRoot(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of ['ies', 'ing', 'ed', 'es', 's', 'e', 'ly']) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 3) return lower.slice(0, -ending.length);
  }
  return lower;
}

/** Whether a page's text holds the word, or a form of it. */
export function textHasWord(text: string, word: string): boolean {
  const root = wordRoot(word);
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.startsWith(root));
}

/** Pagefind's excerpt with the marks taken off stop words (it marks every word of the query). */
export function unmarkStopWords(excerpt: string): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, inner: string) =>
    isStopWord(inner.replace(/[^\p{L}\p{N}]/gu, '')) ? inner : whole,
  );
}
