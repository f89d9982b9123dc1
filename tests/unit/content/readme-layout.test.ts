import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The README's layout is where a newcomer learns where things live, so it must name every folder
 * in src/ and no folder that has gone.
 */
const layout = /## Layout\n\n```\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';

/** The folders the layout lists under `src/`: its lines indented by two, up to the next top-level line. */
function listedUnderSrc(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('src/');
  const below = lines.slice(start + 1);
  const end = below.findIndex((line) => line !== '' && !line.startsWith(' '));
  return below
    .slice(0, end)
    .filter((line) => /^ {2}\S/.test(line))
    .flatMap((line) => {
      // A line starts with one folder or several ('xapi/ offline/ security/ search/'), then says what they hold.
      const words = line.trim().split(/\s+/);
      const said = words.findIndex((w) => !w.endsWith('/'));
      const folders = said < 0 ? words : words.slice(0, said);
      return folders.map((folder) => folder.slice(0, -1));
    });
}

describe("the README's layout", () => {
  it('names every folder in src/, and only those', () => {
    expect(layout).not.toBe('');
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(listedUnderSrc(layout).sort()).toEqual(folders.sort());
  });
});
