/*
 * Author Markdown to HTML in the browser, for the scenario studio's play-test, where there is no
 * build to run src/rendering/markdown.ts. It gives the build's HTML byte for byte for what scenario
 * authors write (every Markdown text of the shipped scenarios among it): paragraphs, soft and hard
 * line breaks, *emphasis*, **strong**, `code`, [links](url "title"), bullet and numbered lists,
 * character references, and the curly quotes, dashes and ellipses of the build's SmartyPants step.
 * Like the build it first turns every "<" into "&lt;", so raw HTML is shown as text, and it keeps a
 * link only if isSafeUrl allows it, else shows its words. What it leaves out (headings, block quotes,
 * rules, tables, images, bare web addresses, strikethrough, task lists, reference links, code blocks,
 * named references beyond the five below, and a few SmartyPants corner cases) stays the author's
 * text, escaped: there the preview differs from the build, but it never writes a tag of the author's.
 * tests/unit/studio/preview-markdown.test.ts compares the two and lists each difference. */
import { isSafeUrl } from '../security/links';

/** Text to smarten and escape: k 1 is inline code, k 2 the start of a paragraph (see `smarten`). */
type Text = { t: string; k?: number };
/** Markup this file wrote (a string), or text. */
type Tok = string | Text;
/** A run of `*` or `_`: its length, whether it may open or close, and the tags it gained. */
type Run = { d: string; n: number; o: boolean; c: boolean; ot: string[]; ct: string[] };
/** A block: [is a paragraph, its tokens]. */
type Block = [boolean, Tok[]];

const LIST = /^ {0,3}([-*+]|(\d{1,9})[.)])( +|$)/;
const INLINE =
  /\\([!-/:-@[-`{-~])|( {2,}|\\)\n|[ \t]*\n|(`+)(?!`)(?:([^]*?[^`])\3(?!`))?|&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);|(!?)\[((?:\\.|[^\\[\]])*)\]\(\s*((?:\\.|[^\\\s()]|\([^\s()]*\))*)(?:\s+"((?:\\.|[^\\"])*)")?\s*\)|\*+|_+|[^\\\n `&![*_]+|[ \t]+|[^]/giy;
// The references an author might type; any other name is shown as written (the build knows them all).
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['nbsp', '\u00a0'],
]);
const PAIRS: Record<string, string> = { '--': '—', '``': '“', "''": '”' };

/** Escapes as hast-util-to-html does: `&` and `<` in text, `&` and `"` in attributes. */
const esc = (s: string, chars = /[&<]/g) => s.replace(chars, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
/** 1 white space (or nothing), 2 punctuation or symbol, 0 anything else (a letter, a digit). */
const cls = (c?: string) => (!c || /\s/.test(c) ? 1 : /[\p{P}\p{S}]/u.test(c) ? 2 : 0);

/** A character reference, decoded as micromark decodes it. */
function entity(ref: string): string {
  const n = ref[0] === '#' ? +`0${ref.slice(1)}` : -1;
  if (n < 0) return NAMED.get(ref) ?? `&${ref};`;
  const bad = n < 9 || n === 11 || (n > 13 && n < 32) || (n > 126 && n < 160) || (n > 55295 && n < 57344);
  return bad || (n > 64975 && n < 65008) || (n & 65534) === 65534 || n > 1114111 ? '\ufffd' : String.fromCodePoint(n);
}

/** Backslash escapes and references in a link's address or title. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])|&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (_, e, r) => e ?? entity(r));

/** micromark's normalizeUri: percent-encodes what may not stand in an address, keeping %XX as it is. */
const normalise = (url: string) =>
  url.replace(/[\ud800-\udfff]/gu, '\ufffd').replace(/%(?![\dA-Za-z]{2})|[^!#$&-;=?-Z_a-z~%]/gu, encodeURIComponent);

/** The HTML the build would make of this Markdown (see the top of the file for what differs). */
export function previewMarkdown(markdown: string): string {
  try {
    const toks = join(blocks(markdown.replace(/</g, '&lt;').split(/\r\n?|\n/))[0]);
    smarten(toks);
    return toks.map((t) => (typeof t === 'string' ? t : t.k === 2 ? '' : t.k ? `<code>${esc(t.t)}</code>` : esc(t.t))).join('');
  } catch {
    // Lists nested thousands deep exhaust the stack; the text is still shown, escaped.
    return `<p>${esc(markdown)}</p>`;
  }
}

/** Blocks joined as the build joins them; in a tight list item a paragraph loses its <p>. */
const join = (bs: Block[], tight = false): Tok[] =>
  bs.flatMap(([p, h], k) => [k ? '\n' : '', ...(p && !tight ? ['<p>', ...h, '</p>'] : h)]);

/** A list can break into a paragraph only with content, and a numbered one only when it starts at 1. */
function interrupts(line: string): boolean {
  const m = LIST.exec(line);
  return !!m && !!line.slice(m[0].length).trim() && (!m[2] || m[2] === '1');
}

/** The blocks in these lines, and whether a blank line separates two of them (a loose list item). */
function blocks(lines: string[]): [Block[], boolean] {
  const out: Block[] = [];
  let loose = false;
  let gap = false;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (!line.trim()) {
      gap = out.length > 0;
      i++;
      continue;
    }
    loose ||= gap;
    gap = false;
    if (LIST.test(line)) {
      i = list(lines, i, out);
      continue;
    }
    const para = [line];
    while (++i < lines.length && lines[i]!.trim() && !interrupts(lines[i]!)) para.push(lines[i]!);
    out.push([
      true,
      [
        { t: ' ', k: 2 },
        ...inline(
          para
            .join('\n')
            .replace(/^[ \t]+/gm, '')
            .replace(/(?<![ \t])[ \t]+$/, ''),
        ),
      ],
    ]);
  }
  return [out, loose];
}

/** One list from line i; returns the line after it (trailing blank lines are left to the caller). */
function list(lines: string[], i: number, out: Block[]): number {
  const first = LIST.exec(lines[i]!)!;
  const kind = first[1]!.slice(-1);
  const items: Block[][] = [];
  let loose = false;
  for (;;) {
    const w = LIST.exec(lines[i]!)![0].length;
    const body = [lines[i]!.slice(w)];
    // Indented lines belong to the item, and so does a paragraph's unindented ("lazy") next line.
    while (++i < lines.length) {
      const l = lines[i]!;
      const inside = l.length - l.trimStart().length >= w;
      if (l.trim() && !inside && (!body.at(-1)!.trim() || LIST.test(l))) break;
      body.push(inside ? l.slice(w) : l);
    }
    while (body.length > 1 && !body.at(-1)!.trim()) (body.pop(), i--);
    const [bs, spread] = blocks(body);
    loose ||= spread;
    items.push(bs);
    let j = i;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (LIST.exec(lines[j] ?? '')?.[1]!.slice(-1) !== kind) break;
    loose ||= j > i;
    i = j;
  }
  const tag = first[2] ? 'ol' : 'ul';
  const start = first[2] && +first[2] !== 1 ? ` start="${+first[2]}"` : '';
  // mdast-util-to-hast's line breaks: around every child of a loose item, around all but a paragraph in a tight one.
  const li = (bs: Block[]): Tok[] =>
    !bs.length ? [] : loose ? ['\n', ...join(bs), '\n'] : [bs[0]![0] ? '' : '\n', ...join(bs, true), bs.at(-1)![0] ? '' : '\n'];
  out.push([false, [`<${tag}${start}>`, ...items.flatMap((bs) => ['\n<li>', ...li(bs), '</li>']), `\n</${tag}>`]]);
  return i;
}

/** The inline content of one paragraph (lines already stripped of their indentation). */
function inline(src: string): Tok[] {
  const out: (Tok | Run)[] = [];
  for (let m, at = 0; (INLINE.lastIndex = at), (m = INLINE.exec(src));) {
    const [all, escaped, hard, , code, ref, bang, label, url, title] = m;
    at = INLINE.lastIndex;
    if (escaped) out.push({ t: escaped });
    else if (hard) out.push('<br>\n');
    else if (all.endsWith('\n')) out.push({ t: '\n' });
    else if (code) {
      const c = code.replace(/\n/g, ' ');
      out.push({ t: /^ [^]*[^ ][^]* $/.test(c) ? c.slice(1, -1) : c, k: 1 });
    } else if (ref) out.push({ t: entity(ref) });
    else if (label !== undefined && !bang) {
      const href = normalise(unescape(url!));
      const inner = inline(label);
      const t = title === undefined ? '' : ` title="${esc(unescape(title), /[&"]/g)}"`;
      out.push(...(isSafeUrl(href) ? [`<a href="${esc(href, /[&"]/g)}"${t}>`, ...inner, '</a>'] : inner));
    } else if (/^[*_]/.test(all)) {
      // Whether the run may open or close, as micromark's attention tokenizer decides it.
      const b = cls(src[at - all.length - 1]);
      const a = cls(src[at]);
      const o = !a || (a === 2 && b > 0);
      const c = !b || (b === 2 && a > 0);
      const u = all[0] === '_';
      out.push({ d: all[0]!, n: all.length, o: u ? o && (b > 0 || !c) : o, c: u ? c && (a > 0 || !o) : c, ot: [], ct: [] });
    } else out.push({ t: all });
  }
  return emphasis(out);
}

/** CommonMark's emphasis rules over the runs of `*` and `_`; then adjacent texts are joined, as in mdast. */
function emphasis(toks: (Tok | Run)[]): Tok[] {
  const run = (x: Tok | Run | undefined): x is Run => typeof x === 'object' && 'd' in x;
  toks.forEach((c, ci) => {
    for (let oi = ci; run(c) && c.c && c.n && oi-- > 0;) {
      const o = toks[oi];
      if (!run(o) || o.d !== c.d || !o.o || !o.n || ((o.c || c.o) && c.n % 3 && !((o.n + c.n) % 3))) continue;
      const use = o.n > 1 && c.n > 1 ? 2 : 1;
      const tag = use > 1 ? 'strong' : 'em';
      o.n -= use;
      c.n -= use;
      o.ot.unshift(`<${tag}>`);
      c.ct.push(`</${tag}>`);
      for (const x of toks.slice(oi + 1, ci)) if (run(x)) x.o = x.c = false;
      oi = ci;
    }
  });
  const out: Tok[] = [];
  for (const x of toks.flatMap((x) => (run(x) ? [...x.ct, { t: x.d.repeat(x.n) }, ...x.ot] : [x]))) {
    const last = out.at(-1);
    if (typeof x === 'object' && !x.k && typeof last === 'object' && !last.k) last.t += x.t;
    else out.push(x);
  }
  return out;
}

/**
 * The build's SmartyPants step (remark-smartypants over retext-smartypants), reproduced for text.
 * Quotes are decided over the whole document at once, as remark-smartypants does: every text in
 * order, inline code counted as letters and a space before each paragraph. Each quote looks at its
 * neighbours as retext sees them (words, white space, runs of one punctuation mark). Dashes,
 * ellipses and doubled backticks or apostrophes are then replaced within each text.
 */
function smarten(toks: Tok[]): void {
  const texts = toks.filter((t): t is Text => typeof t === 'object');
  const s = texts.map((t) => (t.k === 1 ? 'A'.repeat(t.t.length) : t.t)).join('');
  const curly = s.replace(/["']/g, (q, i: number) => {
    const n = s[i + 1];
    if (s[i - 1] === q || n === q) return q;
    const next = cls(n);
    const afterWord = !cls(s[i - 1]);
    let j = i + 1;
    while (n && s[j] === n) j++;
    const open =
      next === 2
        ? !cls(s[j]) && ((j === i + 2 && /["']/.test(n!)) || !afterWord)
        : !next && !afterWord && !/^\d\ds(?!\w|[-&'.:=?@]\w)/.test(s.slice(i + 1));
    return (open ? '“‘' : '”’').charAt(+(q === "'"));
  });
  let at = 0;
  for (const t of texts) {
    const p = curly.slice(at, (at += t.t.length)).split(/(\.+)/);
    if (t.k) continue;
    // Node by node, as retext-smartypants goes: the third of three spaced dots takes the two before
    // it; otherwise three dots or more in a row are an ellipsis.
    const spaced = (x: number) => /^\s+$/.test(p[x]!) && /^\.+$/.test(p[x - 1]!);
    for (let k = 1; k < p.length; k += 2)
      if (k > 3 && spaced(k - 1) && spaced(k - 3)) p.splice(k - 4, 5, '', '', '', '', '…');
      else if (p[k]!.length > 2) p[k] = '…';
    t.t = p.join('').replace(/-+|`+|'+/g, (m) => PAIRS[m] ?? m);
  }
}
