import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/*
 * The site's Content-Security-Policy, applied to the built HTML. Scripts are allowed only from the
 * site itself or by the SHA-256 hash of each inline script, so an injected script cannot run: no
 * 'unsafe-inline' and no 'unsafe-eval' for scripts. Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval' (WebAssembly only, not JavaScript eval). Styles keep 'unsafe-inline': Svelte
 * sets bar widths as style attributes, and a style cannot run code.
 *
 * A <meta> policy cannot carry frame-ancestors, so the `_headers` file (read by Netlify,
 * Cloudflare Pages and our own server) carries the full policy with it, plus the other headers.
 */

/**
 * Scripts the browser would run: inline, with no src and a JavaScript type (JSON data blocks are
 * not scripts). Found by parsing the page as a browser does, so "<script>" written inside an
 * attribute (an aria-label, a meta description) or a comment is never mistaken for one. A script
 * element's content is raw text, so the parsed text is exactly the source the browser hashes.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'script') {
        const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
        const type = attr('type')?.trim().toLowerCase();
        const runs = !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
        if (attr('src') === undefined && runs) found.push(child.childNodes.map((t) => ('value' in t ? t.value : '')).join(''));
      }
      visit(child.tagName === 'template' ? (child as unknown as { content: ParentNode }).content : child);
    }
  };
  visit(parse(html));
  return found;
}

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * Directives for every page; `scriptHashes` are the quoted hashes of the inline scripts allowed.
 * `connect` adds origins scripts may send to: an organisation's learning record store, when configured.
 */
export function policy(scriptHashes: Iterable<string>, { header = false, connect = [] as readonly string[] } = {}): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Ignored (with a console warning) in a <meta> policy, so only sent as a header.
    ...(header ? ["frame-ancestors 'self'"] : []),
  ].join('; ');
}

/** Astro writes this rule inline before the first island; global.css carries it instead. */
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * The page with its policy as the first thing in <head> after the charset, so it governs every
 * script that follows. Returns the hashes it allowed, for the headers file.
 */
export function withPolicy(html: string, connect: readonly string[] = []): { html: string; hashes: string[] } {
  const cleaned = html.split(ISLAND_STYLE).join('');
  const hashes = inlineScripts(cleaned).map(scriptHash);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes, { connect })}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(cleaned);
  if (!charset) throw new Error('page has no <meta charset="utf-8"> to place the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  return { html: cleaned.slice(0, at) + meta + cleaned.slice(at), hashes };
}

/** Headers every response should carry; camera for the mirror page's QR scanner, nothing else. */
export function securityHeaders(scriptHashes: Iterable<string>, connect: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': policy(scriptHashes, { header: true, connect }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The `_headers` file format used by Netlify and Cloudflare Pages: a path pattern, then indented headers. */
export function headersFile(base: string, headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for every page (written at build time; see docs/hosting.md).\n${base}*\n${lines.join('\n')}\n`;
}

/** Reads a `_headers` file's headers for the path pattern covering the whole site. */
export function readHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim().endsWith('*');
      continue;
    }
    const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (inBlock && m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
