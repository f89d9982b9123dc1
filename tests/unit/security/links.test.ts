import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/rendering/markdown';
import { isSafeUrl, unsafeLinks } from '../../../src/security/links';

describe('which links course text may hold', () => {
  it('allows web pages, email and pages of the course', () => {
    for (const url of [
      'https://www.gov.uk/x',
      'http://example.org',
      'mailto:dsl@example.org',
      '../modules/x/',
      '#top',
      '/cpd/',
      'page?x=1:2',
    ])
      expect(isSafeUrl(url), url).toBe(true);
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:x',
      'java\tscript:x',
      'java\nscript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
    ])
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('finds the unsafe addresses in Markdown and MDX, with where they are', () => {
    const text =
      'Fine [a](https://x.org).\n[b](javascript:go(1)) ![i](data:image/svg+xml,x) <javascript:y>\n[ref]: vbscript:z\n<a href="javascript:w">w</a>';
    expect(unsafeLinks(text).map((l) => l.url)).toEqual([
      'javascript:go(1)',
      'data:image/svg+xml,x',
      'javascript:y',
      'vbscript:z',
      'javascript:w',
    ]);
    expect(text.slice(unsafeLinks(text)[0]!.offset)).toMatch(/^javascript:go/);
    expect(unsafeLinks('[a](https://x.org) and <https://y.org> and mailto text')).toEqual([]);
  });
});

describe('rendered Markdown', () => {
  it('keeps safe links and turns an unsafe one into plain text', async () => {
    const html = await renderMarkdown(
      '[safe](https://www.nspcc.org.uk/) and [bad](javascript:alert(1)) and ![img](data:text/html,x)',
    );
    expect(html).toContain('<a href="https://www.nspcc.org.uk/">safe</a>');
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).toContain('bad');
  });
});
