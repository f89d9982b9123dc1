import { liveCpdEntries, cpdTotals } from './cpd';
import { moduleIdOfKey } from './migrate';
import { moduleState, type ModuleState } from './module-progress';
import { activityNodes, type ActivityNode, type CpdEntry, type LearnerRecord } from './record';
import { scenarioScores } from './scenarios';

/**
 * What the record page shows, worked out from the record and the course catalogue. The page
 * builds the catalogue at build time and passes it to the island as plain data.
 */
export interface Catalogue {
  courseTitle: string;
  modules: { id: string; title: string; order: number; minutes: number; questions: number; url: string }[];
  pathways: {
    id: string;
    title: string;
    minutes: number;
    completionStatement: string;
    steps: { type: 'module' | 'scenario' | 'session'; id: string; title: string; url: string | null }[];
  }[];
  /** Framework dimensions that scenarios are scored on. */
  dimensions: { id: string; name: string }[];
  /** With each ending's title, so the record names an ending as the debrief did. */
  scenarios: { id: string; title: string; url: string; endings?: Record<string, string> }[];
}

export interface ModuleRow {
  module: Catalogue['modules'][number];
  state: ModuleState;
  firstVisitedAt: number | null;
  completedAt: number | null;
  checks: { answered: number; correct: number };
}

function checksFor(record: LearnerRecord, moduleId: string) {
  let answered = 0;
  let correct = 0;
  for (const [key, item] of Object.entries(record.checks)) {
    if (moduleIdOfKey(key) !== moduleId) continue;
    answered++;
    if (item.correct) correct++;
  }
  return { answered, correct };
}

export function moduleRows(record: LearnerRecord, catalogue: Catalogue): ModuleRow[] {
  return [...catalogue.modules]
    .sort((a, b) => a.order - b.order)
    .map((module) => ({
      module,
      state: moduleState(record, module.id),
      firstVisitedAt: record.modules[module.id]?.firstVisitedAt ?? null,
      completedAt: record.modules[module.id]?.completedAt ?? null,
      checks: checksFor(record, module.id),
    }));
}

export interface PathwayProgress {
  pathway: Catalogue['pathways'][number];
  /** done is null for steps the record cannot track (facilitated sessions). */
  steps: { step: Catalogue['pathways'][number]['steps'][number]; done: boolean | null }[];
  done: number;
  tracked: number;
  /** Every module and scenario step is complete. */
  finished: boolean;
}

export function pathwayProgress(record: LearnerRecord, catalogue: Catalogue): PathwayProgress[] {
  const finishedScenarios = new Set(
    Object.values(record.runs)
      .filter((r) => r.finishedAt !== null)
      .map((r) => r.scenarioId),
  );
  return catalogue.pathways.map((pathway) => {
    const steps = pathway.steps.map((step) => ({
      step,
      done:
        step.type === 'module'
          ? moduleState(record, step.id) === 'completed'
          : step.type === 'scenario'
            ? finishedScenarios.has(step.id)
            : null,
    }));
    const tracked = steps.filter((s) => s.done !== null).length;
    const done = steps.filter((s) => s.done === true).length;
    return { pathway, steps, done, tracked, finished: tracked > 0 && done === tracked };
  });
}

export interface ScoreRow {
  scenarioId: string;
  title: string;
  finishedRuns: number;
  latestEnding: string | null;
  dimensions: { id: string; name: string; latest: number | null; best: number }[];
}

export function scoreRows(record: LearnerRecord, catalogue: Catalogue): ScoreRow[] {
  return scenarioScores(record).map((s) => {
    const scenario = catalogue.scenarios.find((x) => x.id === s.scenarioId);
    const known = catalogue.dimensions.filter((d) => s.dimensions[d.id]);
    const unknown = Object.keys(s.dimensions).filter((id) => !catalogue.dimensions.some((d) => d.id === id));
    return {
      scenarioId: s.scenarioId,
      title: scenario?.title ?? s.scenarioId,
      finishedRuns: s.finishedRuns,
      latestEnding: s.latest.ending === null ? null : (scenario?.endings?.[s.latest.ending] ?? s.latest.ending),
      dimensions: [...known.map((d) => ({ id: d.id, name: d.name })), ...unknown.map((id) => ({ id, name: id }))].map((d) => ({
        ...d,
        latest: s.dimensions[d.id]!.latest,
        best: s.dimensions[d.id]!.best,
      })),
    };
  });
}

export interface ReflectionGroup {
  kind: 'module' | 'scenario' | 'other';
  id: string;
  title: string;
  url: string | null;
  items: { key: string; prompt: string | null; text: string; updatedAt: number }[];
}

/** How many reflections have something written in them: the ones reflectionGroups lists. */
export function reflectionCount(record: LearnerRecord): number {
  return Object.values(record.reflections).filter((item) => item.text.trim()).length;
}

/** Non-empty reflections grouped by module (in course order), then scenario, then anything else. */
export function reflectionGroups(record: LearnerRecord, catalogue: Catalogue): ReflectionGroup[] {
  const groups = new Map<string, ReflectionGroup>();
  for (const [key, item] of Object.entries(record.reflections)) {
    if (!item.text.trim()) continue;
    const moduleId = moduleIdOfKey(key);
    const scenarioId = /^scenarios\/([^/#]+)\//.exec(key)?.[1];
    const kind = moduleId ? 'module' : scenarioId ? 'scenario' : 'other';
    const id = moduleId ?? scenarioId ?? (key.split('#')[0] || key);
    const groupKey = `${kind}:${id}`;
    let group = groups.get(groupKey);
    if (!group) {
      const module = moduleId ? catalogue.modules.find((m) => m.id === moduleId) : undefined;
      const scenario = scenarioId ? catalogue.scenarios.find((s) => s.id === scenarioId) : undefined;
      const title =
        kind === 'module'
          ? (module?.title ?? `A module no longer in the course (${id})`)
          : kind === 'scenario'
            ? (scenario?.title ?? `Scenario: ${id}`)
            : id;
      group = { kind, id, title, url: module?.url ?? scenario?.url ?? null, items: [] };
      groups.set(groupKey, group);
    }
    group.items.push({ key, prompt: item.prompt ?? null, text: item.text, updatedAt: item.updatedAt });
  }
  const order = (g: ReflectionGroup) =>
    g.kind === 'module'
      ? (catalogue.modules.find((m) => m.id === g.id)?.order ?? 10_000)
      : g.kind === 'scenario'
        ? 20_000
        : 30_000;
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => a.key.localeCompare(b.key)) }))
    .sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title));
}

export interface PrintEntry {
  entry: CpdEntry;
  typeLabel: string;
  did: string;
  learned: string;
  /** Reflections written in the module or scenario this entry is for. */
  reflections: ReflectionGroup['items'];
  impact: string;
}

export interface PrintableRecord {
  name: string;
  totals: ReturnType<typeof cpdTotals>;
  finishedPathways: { title: string; statement: string }[];
  /** Oldest first, as a portfolio reads. */
  entries: PrintEntry[];
  /** Reflections not covered by an entry above (modules not yet completed, for example). */
  otherReflections: ReflectionGroup[];
}

/**
 * What the learner learned, for a spreadsheet that has one cell for it: their own words, or else
 * the reflections they wrote in that module or scenario, as the printed record shows them.
 */
export function learnedText(entry: PrintEntry): string {
  if (entry.learned.trim()) return entry.learned;
  return entry.reflections.map((r) => (r.prompt ? `${r.prompt}\n${r.text}` : r.text)).join('\n\n');
}

/** The printable CPD record: each activity laid out as what I did, what I learned and the impact on my practice. */
export function printableRecord(
  record: LearnerRecord,
  catalogue: Catalogue,
  typeLabels: Record<string, string>,
  now: number,
): PrintableRecord {
  const entries = liveCpdEntries(record);
  const groups = reflectionGroups(record, catalogue);
  const used = new Set<string>();
  const printed = [...entries].reverse().map((entry): PrintEntry => {
    const group = entry.sourceId ? groups.find((g) => g.kind === entry.origin && g.id === entry.sourceId) : undefined;
    if (group) used.add(`${group.kind}:${group.id}`);
    return {
      entry,
      typeLabel: typeLabels[entry.type] ?? entry.type,
      did: entry.did || defaultDid(record, catalogue, entry),
      learned: entry.learned,
      reflections: group?.items ?? [],
      impact: entry.impact,
    };
  });
  return {
    name: record.profile?.displayName.trim() ?? '',
    totals: cpdTotals(entries, now),
    finishedPathways: pathwayProgress(record, catalogue)
      .filter((p) => p.finished)
      .map((p) => ({ title: p.pathway.title, statement: p.pathway.completionStatement })),
    entries: printed,
    otherReflections: groups.filter((g) => !used.has(`${g.kind}:${g.id}`)),
  };
}

/** What an automatic entry says the learner did, until they write it in their own words. */
function defaultDid(record: LearnerRecord, catalogue: Catalogue, entry: CpdEntry): string {
  if (entry.origin === 'module' && entry.sourceId) {
    const module = catalogue.modules.find((m) => m.id === entry.sourceId);
    const { answered, correct } = checksFor(record, entry.sourceId);
    const check = answered
      ? ` I answered ${answered} of ${module?.questions || answered} knowledge-check questions (${correct} right).`
      : '';
    return `I worked through the module “${entry.title}”.${check}`;
  }
  if (entry.origin === 'scenario' && entry.sourceId) {
    const finished = Object.values(record.runs).filter((r) => r.scenarioId === entry.sourceId && r.finishedAt !== null).length;
    // The scenario's own title: the entry's title says "Scenario: …", which would read twice over here.
    const title = catalogue.scenarios.find((s) => s.id === entry.sourceId)?.title ?? entry.title.replace(/^Scenario: /, '');
    return `I worked through the practice scenario “${title}”${finished > 1 ? `, ${finished} times` : ''}, making decisions about a child’s support and reading the debrief.`;
  }
  return '';
}

export interface ActivityMap {
  key: string;
  /** The module or page the map was made on. */
  title: string;
  url: string | null;
  parts: { node: ActivityNode; text: string }[];
  tensions: { from: ActivityNode; to: ActivityNode; note: string }[];
  updatedAt: number;
}

/** The learner's activity-system maps that hold anything, in course order: their work, shown with the rest of it. */
export function activityMaps(record: LearnerRecord, catalogue: Catalogue): ActivityMap[] {
  return Object.entries(record.activities)
    .map(([key, item]): ActivityMap & { order: number } => {
      const moduleId = moduleIdOfKey(key);
      const module = moduleId ? catalogue.modules.find((m) => m.id === moduleId) : undefined;
      return {
        key,
        title: module?.title ?? (key.split('#')[0] || key),
        url: module?.url ?? null,
        parts: activityNodes.map((node) => ({ node, text: item.nodes[node] })).filter((p) => p.text.trim()),
        tensions: item.contradictions.map(({ from, to, note }) => ({ from, to, note })),
        updatedAt: item.updatedAt,
        order: module?.order ?? 10_000,
      };
    })
    .filter((m) => m.parts.length || m.tensions.length)
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map(({ order: _order, ...map }) => map);
}
