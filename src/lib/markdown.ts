import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeSafeLinks } from '../security/links';

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * Renders author Markdown (glossary definitions, role descriptions, scenario narrative) to HTML
 * at build time with Astro's own pipeline, so it looks like MDX content and no Markdown parser
 * ships to the browser. Raw HTML in the source is not trusted: it is escaped; links that are not
 * http(s), mailto or relative are dropped (src/security/links.ts).
 */
export async function renderMarkdown(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSafeLinks] });
  const escaped = text.replace(/</g, '&lt;');
  return (await (await processor).render(escaped)).code;
}
