import dagre from '@dagrejs/dagre';
import type { OptionKind, Scenario } from './types';

/*
 * The scene graph of a scenario laid out with dagre: at build time, so the map page is a static
 * SVG and no layout code reaches a learner's browser, and in the studio's worker for a draft.
 * Stages become clusters; edges are grouped by (from, to, kind), so three options leading to the
 * same scene draw as three styled lines, not nine.
 */

export const END_NODE = '__end';

export interface MapNode {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'scene' | 'start' | 'end';
}

export interface MapEdge {
  from: string;
  to: string;
  kind: OptionKind;
  options: string[];
  path: string;
}

export interface MapCluster {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScenarioMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  clusters: MapCluster[];
}

const NODE_WIDTH = 190;
const LINE_HEIGHT = 16;
const kindOrder: OptionKind[] = ['referral', 'rule-bending', 'joint-action'];

/** Greedy word wrap for SVG text, which does not wrap by itself. */
export function wrap(text: string, max = 24): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n);

export function layoutScenarioMap(scenario: Scenario): ScenarioMap {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));

  for (const stage of scenario.stages) g.setNode(`stage:${stage.id}`, { label: stage.label, paddingTop: 28 } as never);
  const sceneIds = Object.keys(scenario.scenes);
  for (const [i, id] of sceneIds.entries()) {
    const scene = scenario.scenes[id]!;
    const lines = wrap(scene.title);
    g.setNode(id, { width: NODE_WIDTH, height: 24 + lines.length * LINE_HEIGHT, lines, kind: i === 0 ? 'start' : 'scene' });
    g.setParent(id, `stage:${scene.stage}`);
  }
  const endLines = ['End of play:', ...wrap(scenario.endings.map((e) => e.title).join(', '), 26)];
  g.setNode(END_NODE, { width: NODE_WIDTH + 20, height: 24 + endLines.length * LINE_HEIGHT, lines: endLines, kind: 'end' });

  const groups = new Map<string, { from: string; to: string; kind: OptionKind; options: string[] }>();
  for (const id of sceneIds) {
    for (const option of scenario.scenes[id]!.decision.options) {
      const to = option.end ? END_NODE : option.next;
      if (!to) continue;
      const key = `${id}>${to}>${option.kind}`;
      const group = groups.get(key) ?? { from: id, to, kind: option.kind, options: [] };
      group.options.push(option.id);
      groups.set(key, group);
    }
  }
  for (const [key, group] of groups) g.setEdge(group.from, group.to, {}, key);

  dagre.layout(g);

  const nodes: MapNode[] = [...sceneIds, END_NODE].map((id) => {
    const n = g.node(id) as { x: number; y: number; width: number; height: number; lines: string[]; kind: MapNode['kind'] };
    return { id, lines: n.lines, kind: n.kind, x: round(n.x), y: round(n.y), width: n.width, height: n.height };
  });
  const clusters: MapCluster[] = scenario.stages.flatMap((stage) => {
    const c = g.node(`stage:${stage.id}`) as { x?: number; y?: number; width?: number; height?: number } | undefined;
    if (!c || c.x === undefined || c.y === undefined || !c.width || !c.height) return [];
    return [{ id: stage.id, label: stage.label, x: round(c.x - c.width / 2), y: round(c.y - c.height / 2), width: round(c.width), height: round(c.height) }];
  });
  const edges: MapEdge[] = [...groups.entries()].map(([key, group]) => {
    const points = (g.edge({ v: group.from, w: group.to, name: key }) as { points?: { x: number; y: number }[] }).points ?? [];
    // Lines of different kinds between the same two scenes are drawn side by side, not on top of each other.
    const shift = (kindOrder.indexOf(group.kind) - 1) * 5;
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x + shift)} ${round(p.y)}`).join(' ');
    return { ...group, path };
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { width: round(graph.width ?? 0), height: round(graph.height ?? 0), nodes, edges, clusters };
}
