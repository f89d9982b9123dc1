import { compile, type ScenarioEngine } from '../../../src/scenario/compile';
import { loadScenario } from '../../../src/scenario/load';
import type { CompiledScenario, Option, Scenario } from '../../../src/scenario/types';
import { knownIds } from './helpers';

/*
 * A three-scene scenario small enough to work out by hand, so tests can assert exact numbers.
 * Everything starts at 2 (total 10).
 *   stage s0 → s1: drift learning +1, family +2; spill family ≥ 4 → wellbeing +1
 *   stage s1 → s2: drift +1 everywhere
 */
const option = (o: Partial<Option> & Pick<Option, 'id' | 'kind'>): Option => ({
  label: o.id,
  effects: { vulnerability: {}, supports: [], flags: [], relationships: {}, ...o.effects },
  scores: {},
  feedback: `feedback for ${o.id}`,
  expert: { text: `expert view on ${o.id}`, module: 'knowing-who' },
  ...o,
});

export function tinyScenario(): Scenario {
  return {
    id: 'tiny',
    title: 'Tiny',
    summary: 'A tiny scenario for exact arithmetic in tests.',
    child: { name: 'Test', age: 6, profile: 'Invented.' },
    role: 'class-teacher',
    audiences: ['teachers'],
    minutes: 5,
    modules: [],
    concepts: [],
    contentNote: { topics: ['abuse-disclosure'] },
    lastReviewed: '2026-12-06',
    checkedAgainst: ['working-together-2023'],
    start: { learning: 2, health: 2, family: 2, community: 2, wellbeing: 2 },
    relationships: [{ id: 'parent', label: 'The parent', start: 0 }],
    stages: [
      { id: 's0', label: 'Stage 0', drift: {}, spill: [] },
      {
        id: 's1',
        label: 'Stage 1',
        drift: { learning: 1, family: 2 },
        spill: [{ from: 'family', to: 'wellbeing', atLeast: 4, amount: 1 }],
      },
      { id: 's2', label: 'Stage 2', drift: { learning: 1, health: 1, family: 1, community: 1, wellbeing: 1 }, spill: [] },
    ],
    scenes: {
      a: {
        stage: 's0',
        title: 'Scene A',
        text: 'The start.',
        signals: [{ domain: 'health', text: 'A health signal.' }],
        prompts: ['A prompt'],
        notes: 'A note',
        decision: {
          question: 'What now?',
          options: [
            option({
              id: 'ref',
              kind: 'referral',
              effects: {
                vulnerability: {},
                supports: [{ label: 'Therapy', domains: ['health'], strength: 1, delay: 1 }],
                flags: [],
                relationships: {},
              },
              scores: { 'knowing-who': 1 },
              next: 'c',
            }),
            option({
              id: 'bend',
              kind: 'rule-bending',
              effects: { vulnerability: { wellbeing: -1 }, supports: [], flags: ['knows'], relationships: { parent: 2 } },
              scores: { 'accountable-rule-bending': 2 },
              next: 'b',
            }),
            option({
              id: 'join',
              kind: 'joint-action',
              effects: {
                vulnerability: {},
                supports: [{ label: 'Joint plan', domains: ['learning', 'family'], strength: 1, delay: 0 }],
                flags: [],
                relationships: {},
              },
              scores: { 'co-configuration': 2 },
              next: 'c',
            }),
          ],
        },
      },
      b: {
        stage: 's0',
        title: 'Scene B',
        text: 'After bending a rule.',
        signals: [{ domain: 'family', text: 'A family signal.' }],
        prompts: [],
        safeguarding: 'significant-harm',
        decision: {
          question: 'And now?',
          options: [
            option({
              id: 'ref2',
              kind: 'referral',
              effects: {
                vulnerability: {},
                supports: [{ label: 'Short course', domains: ['wellbeing'], strength: 1, delay: 0, duration: 1 }],
                flags: [],
                relationships: {},
              },
              scores: { 'knowing-who': 1 },
              statutoryStep: 'The DSL told today',
              next: 'c',
            }),
            option({
              id: 'ignore',
              kind: 'rule-bending',
              critical: 'Ignoring a disclosure is a critical error.',
              effects: { vulnerability: { family: 2 }, supports: [], flags: [], relationships: { parent: -1 } },
              scores: { safeguarding: -3 },
              next: 'c',
            }),
            option({
              id: 'joint-known',
              kind: 'joint-action',
              requires: { flag: 'knows' },
              unavailableReason: 'You do not know who to call.',
              effects: {
                vulnerability: {},
                supports: [{ label: 'Team plan', domains: ['family', 'wellbeing'], strength: 2, delay: 0 }],
                flags: [],
                relationships: {},
              },
              scores: { 'co-configuration': 3, safeguarding: 1 },
              statutoryStep: 'The DSL told today, with the team',
              next: 'c',
            }),
          ],
        },
      },
      c: {
        stage: 's1',
        title: 'Scene C',
        text: 'Later.',
        signals: [
          { domain: 'learning', text: 'A learning signal.' },
          { domain: 'community', text: 'Seen only by those who know.', visibleIf: { flag: 'knows' } },
        ],
        prompts: [],
        decision: {
          question: 'Finally?',
          options: [
            option({ id: 'end-ref', kind: 'referral', end: true }),
            option({
              id: 'end-bend',
              kind: 'rule-bending',
              effects: { vulnerability: { wellbeing: -1 }, supports: [], flags: [], relationships: {} },
              end: true,
            }),
            option({
              id: 'end-joint',
              kind: 'joint-action',
              requires: { relationship: 'parent', atLeast: 1 },
              unavailableReason: 'The parent does not trust you yet.',
              scores: { 'relational-agency': 2 },
              end: true,
            }),
          ],
        },
      },
    },
    endings: [
      { id: 'low', title: 'Low', tone: 'positive', text: 'Doing well.', when: { level: 'total', atMost: 14 } },
      { id: 'high', title: 'High', tone: 'concerning', text: 'Struggling.', when: { level: 'total', atLeast: 15 } },
    ],
  };
}

export function tinyText(scenario: Scenario = tinyScenario()): string {
  return `# yaml-language-server: $schema=./scenario.schema.json\n${JSON.stringify(scenario, null, 2)}\n`;
}

export function tinyPayload(scenario: Scenario = tinyScenario()): CompiledScenario {
  const loaded = loadScenario(`${scenario.id}.yaml`, tinyText(scenario), knownIds);
  if (!loaded.ok) throw new Error(loaded.report.messages.map((m) => `${m.field}: ${m.message}`).join('\n'));
  return loaded.compiled;
}

export function tinyEngine(): ScenarioEngine {
  return compile(tinyPayload());
}
