import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/security/json-element';
import { inlineScripts } from '../../../src/security/csp';

describe('JSON carried in a page', () => {
  const hostile = { title: 'Module </script><script>alert(1)</script> <!-- and a comment', n: 1 };

  it('can never end its <script> element early, and reads back unchanged', () => {
    const json = scriptJson(hostile);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(hostile);
    const page = `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="application/json" id="d">${json}</script></body></html>`;
    // Nothing runnable appears: the whole text stayed inside the data block.
    expect(inlineScripts(page)).toEqual([]);
  });
});
