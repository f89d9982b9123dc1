import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, inlineScripts, policy, readHeadersFile, securityHeaders, withPolicy } from '../../../src/security/csp';

const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const hashOf = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the Content-Security-Policy of a built page', () => {
  it('allows each inline script by its hash, and nothing for JSON data or external scripts', () => {
    const html = page(
      '<script>document.documentElement.classList.add("js")</script><script type="module" src="/_astro/a.js"></script>',
      '<script type="application/json" id="d">{"a":1}</script><script type="module">import("/x.js")</script>',
    );
    expect(inlineScripts(html)).toEqual(['document.documentElement.classList.add("js")', 'import("/x.js")']);
    const { html: out, hashes } = withPolicy(html);
    expect(hashes).toEqual([hashOf('document.documentElement.classList.add("js")'), hashOf('import("/x.js")')]);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1] ?? '';
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    for (const h of hashes) expect(meta).toContain(h);
    expect(meta).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(meta).toContain("object-src 'none'");
    // frame-ancestors is ignored in a meta policy, so it is left to the header.
    expect(meta).not.toContain('frame-ancestors');
    // The policy comes before any script, straight after the charset.
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('<meta charset="utf-8">')).toBeLessThan(out.indexOf('Content-Security-Policy'));
  });

  it('hashes only real scripts: never script-like text in an attribute, a comment or a JSON block', () => {
    const html = page(
      '<meta name="description" content="<script>alert(1)</script>"><!-- <script>old()</script> -->',
      '<button aria-label="<script>steal()</script>" popovertarget="p">?</button>' +
        '<div popover id="p" title=\'<script>x()</script>\'>hi</div>' +
        '<script type="application/json">{"t":"<\\/script><script>y()</script>"}</script>' +
        '<template><script>inTemplate()</script></template>' +
        '<script>real()</script>',
    );
    expect(inlineScripts(html)).toEqual(['inTemplate()', 'real()']);
  });

  it("moves Astro's island style out of the body", () => {
    const { html } = withPolicy(
      page('', '<div><style>astro-island,astro-slot,astro-static-slot{display:contents}</style><p>x</p></div>'),
    );
    expect(html).not.toContain('<style>');
  });

  it('refuses a page it cannot protect', () => {
    expect(() => withPolicy('<html><head><title>no charset</title></head></html>')).toThrow(/charset/);
  });

  it('writes a headers file for static hosts that our server reads back', () => {
    const headers = securityHeaders(["'sha256-abc'"]);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    const text = headersFile('/cpd/', headers);
    expect(text).toMatch(/^\/cpd\/\*$/m);
    expect(readHeadersFile(text)).toEqual(headers);
    expect(policy([], { header: true })).toContain("default-src 'self'");
  });

  it('lets scripts send to a configured learning record store, and nowhere else', () => {
    expect(policy([])).toContain("connect-src 'self';");
    expect(policy([], { connect: ['https://lrs.example.org'] })).toContain("connect-src 'self' https://lrs.example.org;");
  });
});
