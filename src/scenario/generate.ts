import type { Option, OptionKind, Scenario, Scene } from './types';

/*
 * Synthetic scenarios of any size, for the benchmark and the tests. Dev tooling: nothing at run
 * time imports this. Scenes sit in layers; layer widths triple from a single opening scene up to
 * `width`, and scene w's three options lead to scenes 3w, 3w+1, 3w+2 (modulo the next layer's
 * width), so every scene is reachable. Joint action needs a flag that rule-bending sets, and is
 * only guarded in scenes a rule-bending option leads to, so every option is possible somewhere.
 */

const domains = ['learning', 'health', 'family', 'community', 'wellbeing'];
const kinds: OptionKind[] = ['referral', 'rule-bending', 'joint-action'];

export function layerWidths(scenes: number, width: number): number[] {
  const widths = [1];
  let left = scenes - 1;
  while (left > 0) {
    const next = Math.min(width, 3 * widths[widths.length - 1]!, left);
    widths.push(next);
    left -= next;
  }
  return widths;
}

/** The shape of a generated scenario. */
export interface GeneratedShape {
  /** The widest layer of scenes; by default about the square root of 5 × scenes. */
  width?: number;
  /** How many stages the layers are spread over; by default 6, or one per layer if fewer. */
  stages?: number;
  /** Final totals at most `better` end "better", at least `worse` end "worse"; by default 12 and 23. */
  endings?: { better: number; worse: number };
}

/**
 * The benchmark's deep scenario: 26 decisions in every play through 4 stages, and about 1.8
 * million states of play. Its endings' thresholds suit plays that long (many supports).
 */
export const DEEP_SHAPE = { scenes: 100, width: 4, stages: 4, endings: { better: 3, worse: 9 } } as const;

/** Plays as long (26 decisions) over 2 stages: about 200,000 states, few enough for the unit tests. */
export const LONG_SHAPE = { scenes: 100, width: 4, stages: 2, endings: { better: 4, worse: 12 } } as const;

/** A valid scenario with `scenes` scenes; JSON.stringify of it is a valid scenario file. */
export function generateScenario(scenes: number, shape: number | GeneratedShape = {}): Scenario {
  const {
    width = Math.max(4, Math.round(Math.sqrt(scenes * 5))),
    stages,
    endings = { better: 12, worse: 23 },
  } = typeof shape === 'number' ? { width: shape } : shape;
  const widths = layerWidths(scenes, width);
  const layers = widths.length;
  const stageCount = Math.min(stages ?? 6, layers);
  const stageOf = (layer: number) => `stage-${Math.floor((layer * stageCount) / layers)}`;
  const id = (layer: number, w: number) => `s${layer}-${w}`;
  const rbTargets = new Set<string>();
  const out: Record<string, Scene> = {};
  widths.forEach((count, layer) => {
    const nextWidth = widths[layer + 1];
    for (let w = 0; w < count; w++) {
      const here = id(layer, w);
      // Help chosen in the final stage would start after the story ends: there, joint working
      // helps at once, as the checker advises (late-support).
      const final = stageOf(layer) === `stage-${stageCount - 1}`;
      const options: Option[] = kinds.map((kind, j) => {
        const target = nextWidth === undefined ? undefined : id(layer + 1, (3 * w + j) % nextWidth);
        if (kind === 'rule-bending' && target) rbTargets.add(target);
        const domain = domains[(layer + w + j) % domains.length]!;
        const partner = domains[(layer + w + j + 1) % domains.length]!;
        const option: Option = {
          id: `${here}-${kind}`,
          kind,
          label: `A ${kind} response in scene ${here}`,
          effects: {
            vulnerability:
              kind === 'rule-bending'
                ? { [domain]: -1 }
                : final && kind === 'joint-action'
                  ? { [domain]: -1, [partner]: -1 }
                  : {},
            supports: final
              ? []
              : kind === 'referral'
                ? [{ label: `Referral from ${here}`, domains: [domain], strength: 1, delay: 1, duration: 1 }]
                : kind === 'joint-action'
                  ? [
                      {
                        label: `Joint plan from ${here}`,
                        domains: [domain, partner],
                        strength: 1,
                        delay: 0,
                      },
                    ]
                  : [],
            flags: kind === 'rule-bending' ? ['contact'] : [],
            relationships: {},
          },
          scores:
            kind === 'referral'
              ? { 'knowing-who': 1 }
              : kind === 'rule-bending'
                ? { 'accountable-rule-bending': 2 }
                : { 'co-configuration': 2, 'relational-agency': 1 },
          feedback: `Feedback on the ${kind} option.`,
          expert: {
            text: `Expert view on the ${kind} option.`,
            module: kind === 'referral' ? 'knowing-who' : kind === 'rule-bending' ? 'rule-bending' : 'co-configuration',
          },
        };
        if (target) option.next = target;
        else option.end = true;
        return option;
      });
      out[here] = {
        stage: stageOf(layer),
        title: `Scene ${here}`,
        text: `Generated scene ${w + 1} of layer ${layer + 1}.`,
        signals: [{ domain: domains[(layer + w) % domains.length]!, text: 'A generated signal.' }],
        prompts: [],
        decision: { question: 'What do you do?', options },
      };
    }
  });
  for (const [sceneId, scene] of Object.entries(out)) {
    const joint = scene.decision.options[2];
    if (joint && rbTargets.has(sceneId)) {
      joint.requires = { flag: 'contact' };
      joint.unavailableReason = 'Nobody has made contact yet.';
    }
  }
  return {
    id: `generated-${scenes}`,
    title: `Generated scenario with ${scenes} scenes`,
    summary: 'A synthetic scenario used to measure the engine and the checker.',
    child: { name: 'Sam', age: 5, profile: 'An invented child for testing.' },
    role: 'class-teacher',
    audiences: ['teachers'],
    minutes: 20,
    modules: [],
    concepts: [],
    lastReviewed: '2026-12-06',
    checkedAgainst: ['working-together-2023'],
    start: { learning: 3, health: 3, family: 4, community: 2, wellbeing: 3 },
    relationships: [],
    stages: Array.from({ length: stageCount }, (_, i) => ({
      id: `stage-${i}`,
      label: `Stage ${i + 1}`,
      drift: i === 0 ? {} : Object.fromEntries(domains.map((d) => [d, 1])),
      spill: i === 0 ? [] : [{ from: 'family', to: 'wellbeing', atLeast: 6, amount: 1 }],
    })),
    scenes: out,
    endings: [
      {
        id: 'better',
        title: 'Better',
        tone: 'positive',
        text: 'Lower vulnerability.',
        when: { level: 'total', atMost: endings.better },
      },
      {
        id: 'same',
        title: 'Much the same',
        tone: 'mixed',
        text: 'Middling vulnerability.',
        when: { level: 'total', atLeast: endings.better + 1, atMost: endings.worse - 1 },
      },
      {
        id: 'worse',
        title: 'Worse',
        tone: 'concerning',
        text: 'Higher vulnerability.',
        when: { level: 'total', atLeast: endings.worse },
      },
    ],
  };
}

/** Block-style YAML, as an author would write it: enough for plain data (objects, lists, text, numbers). */
export function toBlockYaml(value: unknown, indent = ''): string {
  const scalar = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
  const isEmpty = (v: unknown) =>
    Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0;
  const inline = (v: unknown) => (Array.isArray(v) ? '[]' : '{}');
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item !== 'object' || item === null) return `${indent}- ${scalar(item)}\n`;
        if (isEmpty(item)) return `${indent}- ${inline(item)}\n`;
        const nested = toBlockYaml(item, `${indent}  `);
        return `${indent}- ${nested.slice(indent.length + 2)}`;
      })
      .join('');
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      if (typeof v !== 'object' || v === null) return `${indent}${key}: ${scalar(v)}\n`;
      if (isEmpty(v)) return `${indent}${key}: ${inline(v)}\n`;
      return `${indent}${key}:\n${toBlockYaml(v, `${indent}  `)}`;
    })
    .join('');
}

/** The generated scenario as a scenario file. */
export function generatedFile(scenario: Scenario): string {
  return `# yaml-language-server: $schema=./scenario.schema.json\n${toBlockYaml(scenario)}`;
}
