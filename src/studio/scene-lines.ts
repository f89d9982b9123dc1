/**
 * The line (1-based) each scene's id is written on, found by reading the lines under the
 * top-level `scenes:` key: quick on a file of thousands of scenes, and it works on a draft the
 * YAML reader would refuse, so the map and the scene list can still send the author to a scene.
 * Scene ids are the keys indented one step under `scenes:`, as every scenario writes them.
 */
export function sceneLines(text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  let inScenes = false;
  let indent: number | null = null;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    if (/^\S/.test(raw) && !raw.startsWith('#')) {
      inScenes = /^scenes\s*:\s*(#.*)?$/.test(raw.trimEnd());
      indent = null;
      continue;
    }
    if (!inScenes) continue;
    const key = /^( +)(["']?)([^\s"':#][^"':]*?)\2\s*:(\s|$)/.exec(raw);
    if (!key) continue;
    const depth = key[1]!.length;
    indent ??= depth;
    if (depth === indent) lines[key[3]!] ??= line;
  }
  return lines;
}
