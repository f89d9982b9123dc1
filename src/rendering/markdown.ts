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
  return renderDocument(text.replace(/</g, '&lt;'));
}

/**
 * Renders one of the project's own documents (`docs/*.md`, reviewed in the repository like code)
 * unescaped, so `<placeholders>` in their code spans read as written. Links are still filtered.
 */
export async function renderDocument(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSafeLinks] });
  return (await (await processor).render(text)).code;
}
