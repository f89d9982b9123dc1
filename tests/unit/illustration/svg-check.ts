import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
}

/**
 * Reads markup as XML, strictly, by walking it character by character: every tag closed in
 * order, attributes quoted and not repeated, no text outside tags, exactly one root. Throws on the
 * first fault. Strict on purpose: the standalone file must be XML, not just something a forgiving
 * HTML parser accepts.
 */
export function readXml(markup: string): Element {
  let i = 0;
  const stack: Element[] = [{ name: '#document', attrs: {}, children: [] }];
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: …${markup.slice(Math.max(0, i - 30), i + 30)}…`);
  };
  const isNameChar = (c: string | undefined) =>
    c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-' || c === ':');
  const readName = () => {
    const start = i;
    while (isNameChar(markup[i])) i++;
    if (i === start) fail('expected a name');
    return markup.slice(start, i);
  };
  const skipSpace = () => {
    while (markup[i] === ' ' || markup[i] === '\n') i++;
  };
  while (i < markup.length) {
    if (markup[i] !== '<') fail('text outside a tag');
    i++;
    if (markup[i] === '/') {
      i++;
      const name = readName();
      if (markup[i] !== '>') fail('expected > after closing tag');
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const element: Element = { name: readName(), attrs: {}, children: [] };
    stack.at(-1)!.children.push(element);
    for (;;) {
      skipSpace();
      if (markup.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (markup[i] === '>') {
        i++;
        stack.push(element);
        break;
      }
      const name = readName();
      if (name in element.attrs) fail(`repeated attribute ${name}`);
      if (markup[i] !== '=' || markup[i + 1] !== '"') fail('expected ="');
      const end = markup.indexOf('"', i + 2);
      if (end < 0) fail('unclosed attribute');
      const value = markup.slice(i + 2, end);
      if (value.includes('<')) fail('< inside an attribute');
      element.attrs[name] = value;
      i = end + 1;
    }
  }
  if (stack.length !== 1) fail(`<${stack.at(-1)?.name}> never closed`);
  const roots = stack[0]!.children;
  if (roots.length !== 1) fail(`${roots.length} root elements`);
  return roots[0]!;
}

export function all(root: Element): Element[] {
  return [root, ...root.children.flatMap(all)];
}

type Node = DefaultTreeAdapterMap['childNode'];

/** How many elements an HTML parser (a browser) finds in the markup, inline in a page. */
export function htmlElementCount(markup: string): number {
  const count = (node: Node): number =>
    'childNodes' in node ? ('tagName' in node ? 1 : 0) + node.childNodes.reduce((n, c) => n + count(c), 0) : 0;
  return parseFragment(markup).childNodes.reduce((n, c) => n + count(c), 0);
}

/** The declarations of a style attribute, by property. */
export function styleOf(element: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (element.attrs['style'] ?? '').split(';')) {
    const at = part.indexOf(':');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** Checks every drawing must pass, inline or standalone; returns the parsed root. */
export function decorativeSvg(markup: string): Element {
  const root = readXml(markup);
  if (root.name !== 'svg') throw new Error(`root is <${root.name}>`);
  const elements = all(root);
  if (htmlElementCount(markup) !== elements.length) throw new Error('an HTML parser reads different elements');
  return root;
}
