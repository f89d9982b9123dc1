/*
 * "Did you mean" for ids. An author who types `dsl`, `teacher` or `dad-explain` has nearly got it
 * right; naming the id they probably meant, and then every id there is, saves a trip through the
 * content folders. Pure string work, shared by the reference checks and the schema's messages.
 */

/** Edits (insert, delete, replace, swap two neighbours) between two strings. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

const normal = (id: string): string =>
  id
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
const words = (id: string): string[] => id.split('-').filter(Boolean);
/** A slip of one or two letters, scaled to the id's length so short ids do not match everything. */
const allowed = (id: string): number => (id.length <= 4 ? 1 : id.length <= 8 ? 2 : 3);

/**
 * The known id the author most likely meant, or undefined if none is close. In order of
 * preference: the same id in other case or spacing; a small typing slip; an abbreviation made of
 * the id's initials (`dsl`); an id that contains every word typed, or whose words were all typed
 * (`social-worker`, `school-nurse-team`). Ties go to the id listed first.
 */
export function closest(id: string, known: Iterable<string>): string | undefined {
  const typed = normal(id);
  const ids = [...known];
  const same = ids.find((k) => k === typed);
  if (same !== undefined) return same;
  let best: { id: string; d: number } | undefined;
  for (const k of ids) {
    const d = distance(typed, k);
    if (d <= allowed(k) && (!best || d < best.d)) best = { id: k, d };
  }
  if (best) return best.id;
  const initials = ids.find(
    (k) =>
      words(k).length > 1 &&
      words(k)
        .map((w) => w[0])
        .join('') === typed.replace(/-/g, ''),
  );
  if (initials !== undefined) return initials;
  const mine = words(typed).filter((w) => w.length >= 3);
  if (!mine.length) return undefined;
  const overlapping = ids.filter((k) => {
    const theirs = words(k);
    return mine.every((w) => theirs.includes(w)) || theirs.every((w) => words(typed).includes(w));
  });
  return overlapping.sort((a, b) => a.length - b.length)[0];
}

/** ` Did you mean "x"?` or nothing, to follow the sentence that names the unknown id. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const guess = closest(id, known);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}

/**
 * The whole message for an id that is not known: what it is, the likely id, every valid id and
 * what to do. `kinds` is the plural used before the list ("the roles (content/roles) are …").
 */
export function unknownIdMessage(what: string, id: string, known: Iterable<string>, kinds: string, todo: string): string {
  const ids = [...known];
  return `unknown ${what} "${id}".${didYouMean(id, ids)} The ${kinds} are: ${ids.join(', ')}. ${todo}`;
}
