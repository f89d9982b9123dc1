/*
 * Links authors write. Course text comes from files people are sent (a scenario drafted
 * elsewhere, a glossary entry), so a link may only lead somewhere ordinary: a web page
 * (http, https), an email address (mailto) or a page of the course (a relative address).
 * `javascript:`, `data:`, `vbscript:`, `file:` and the rest are refused: both checkers report
 * them with file and line, and the Markdown renderer drops them, so even a file that skipped
 * the checkers cannot make one live (the Content-Security-Policy is the last line, not the first).
 */

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** True for http(s), mailto and relative addresses; browsers ignore tabs, newlines and leading spaces, and so does this. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme === undefined || allowedSchemes.has(scheme);
}

export interface UnsafeLink {
  url: string;
  /** Offset of the address in the text, so a checker can give its line. */
  offset: number;
}

/**
 * Addresses in Markdown or MDX that lead somewhere a course may not link to: inline links and
 * images `[t](url)`, autolinks `<scheme:…>`, reference definitions `[id]: url`, and href/src
 * attributes written in MDX.
 */
export function unsafeLinks(text: string): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  const patterns = [
    /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g, // [text](url) and ![alt](url), balanced brackets allowed
    /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/g, // <scheme:…>
    /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]|$)/gm, // [id]: url
    /\b(?:href|src|action|formaction|poster)\s*=\s*["'{`]?\s*([^"'}`\s>]+)/gi, // MDX/JSX attributes
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const url = m[1] ?? '';
      if (isSafeUrl(url)) continue;
      found.push({ url, offset: (m.index ?? 0) + m[0].indexOf(url) });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const urlProperties = ['href', 'src', 'action', 'formAction', 'poster', 'xLinkHref', 'cite'];

/** A rehype step: drops any address that is not safe; a link left without one becomes plain text. */
export function rehypeSafeLinks() {
  const clean = (node: HastNode): HastNode[] => {
    const children = node.children?.flatMap(clean);
    if (node.type !== 'element' || !node.properties) return [{ ...node, ...(children ? { children } : {}) }];
    let dropped = false;
    const properties = { ...node.properties };
    for (const name of urlProperties) {
      const value = properties[name];
      if (typeof value === 'string' && !isSafeUrl(value)) {
        delete properties[name];
        dropped = true;
      }
    }
    if (dropped && node.tagName === 'a') return children ?? [];
    return [{ ...node, properties, ...(children ? { children } : {}) }];
  };
  return (tree: HastNode) => {
    if (tree.children) tree.children = tree.children.flatMap(clean);
  };
}
