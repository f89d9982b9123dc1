import { describe, expect, it } from 'vitest';
import {
  activityMaps,
  learnedText,
  moduleRows,
  pathwayProgress,
  printableRecord,
  reflectionCount,
  reflectionGroups,
  scoreRows,
  type Catalogue,
} from '../../../src/record/summary';
import { completeModule, visitModule } from '../../../src/record/module-progress';
import { cpdTypeLabels, editCpdEntry, liveCpdEntries } from '../../../src/record/cpd';
import { finishRun, startRun } from '../../../src/record/scenarios';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';

const catalogue: Catalogue = {
  courseTitle: 'Crossing Boundaries',
  modules: [
    { id: 'knowing-who', title: 'Knowing who', order: 2, minutes: 50, questions: 4, url: '/modules/knowing-who/' },
    { id: 'trajectories', title: 'Trajectories', order: 1, minutes: 45, questions: 5, url: '/modules/trajectories/' },
  ],
  pathways: [
    {
      id: 'self-paced',
      title: 'Self-paced CPD',
      minutes: 135,
      completionStatement: 'Completed the self-paced pathway on interagency working.',
      steps: [
        { type: 'module', id: 'trajectories', title: 'Trajectories', url: '/modules/trajectories/' },
        { type: 'scenario', id: 'amira', title: 'Amira', url: null },
        { type: 'session', id: 'day-one', title: 'Day one', url: null },
      ],
    },
  ],
  dimensions: [
    { id: 'whole-child', name: 'Whole child' },
    { id: 'knowing-who', name: 'Knowing who' },
  ],
  scenarios: [{ id: 'amira', title: 'Amira: nursery to Year 7', url: '/scenarios/amira/', endings: { thriving: 'Thriving at school' } }],
};

function withReflection(record: LearnerRecord, key: string, text: string, prompt?: string): LearnerRecord {
  return { ...record, reflections: { ...record.reflections, [key]: { text, updatedAt: 1, ...(prompt ? { prompt } : {}) } } };
}

function finished(record: LearnerRecord): LearnerRecord {
  const r = startRun(record, { runId: 'run-1', scenarioId: 'amira', scenarioHash: 'h' }, 10);
  return finishRun(
    r,
    'run-1',
    {
      ending: 'thriving',
      scores: { 'whole-child': 70, 'knowing-who': 40 },
      criticalErrors: 0,
      cpd: { title: 'Scenario: Amira: nursery to Year 7', minutes: 40 },
    },
    20,
  );
}

describe('dashboard', () => {
  it('lists modules in course order with their state', () => {
    const record = completeModule(visitModule(emptyRecord(), 'knowing-who', 5), catalogue.modules[1]!, 10);
    expect(moduleRows(record, catalogue).map((r) => [r.module.id, r.state])).toEqual([
      ['trajectories', 'completed'],
      ['knowing-who', 'started'],
    ]);
  });

  it('counts a pathway finished when every module and scenario step is done; sessions are not tracked', () => {
    const halfway = completeModule(emptyRecord(), catalogue.modules[1]!, 10);
    expect(pathwayProgress(halfway, catalogue)[0]).toMatchObject({ done: 1, tracked: 2, finished: false });
    const done = pathwayProgress(finished(halfway), catalogue)[0]!;
    expect(done).toMatchObject({ done: 2, tracked: 2, finished: true });
    expect(done.steps.map((s) => s.done)).toEqual([true, true, null]);
  });

  it('names scenario scores by dimension', () => {
    expect(scoreRows(finished(emptyRecord()), catalogue)).toEqual([
      {
        scenarioId: 'amira',
        title: 'Amira: nursery to Year 7',
        finishedRuns: 1,
        // The ending's title, as the debrief named it, not its id.
        latestEnding: 'Thriving at school',
        dimensions: [
          { id: 'whole-child', name: 'Whole child', latest: 70, best: 70 },
          { id: 'knowing-who', name: 'Knowing who', latest: 40, best: 40 },
        ],
      },
    ]);
  });
});

describe('reflections', () => {
  it('groups by module in course order, then scenarios, skipping empty ones', () => {
    let record = withReflection(emptyRecord(), 'modules/knowing-who/#limits', 'Unsure', 'Where are your limits?');
    record = withReflection(record, 'modules/trajectories/#whose-window', 'Learning');
    record = withReflection(record, 'modules/trajectories/#blank', '   ');
    record = withReflection(record, 'scenarios/amira/#debrief', 'I waited too long');
    record = withReflection(record, 'modules/retired/#old', 'Old text');
    const groups = reflectionGroups(record, catalogue);
    expect(groups.map((g) => [g.kind, g.title, g.items.length])).toEqual([
      ['module', 'Trajectories', 1],
      ['module', 'Knowing who', 1],
      ['module', 'A module no longer in the course (retired)', 1],
      ['scenario', 'Amira: nursery to Year 7', 1],
    ]);
    expect(groups[1]?.items[0]).toMatchObject({ prompt: 'Where are your limits?', text: 'Unsure' });
    // The dashboard's count is the number of reflections listed.
    expect(reflectionCount(record)).toBe(4);
  });
});

describe('the printable record', () => {
  it('lays each activity out as did, learned and impact, with the module’s reflections, and every other reflection after', () => {
    let record = completeModule(emptyRecord(), catalogue.modules[1]!, new Date(2025, 2, 1).getTime());
    record = { ...record, checks: { 'modules/trajectories/#q1': { answer: 0, correct: true, updatedAt: 1 } } };
    record = withReflection(record, 'modules/trajectories/#whose-window', 'Learning and wellbeing', 'Which domains?');
    record = withReflection(record, 'modules/knowing-who/#limits', 'Unsure about MASH');
    record = finished(record);
    const auto = liveCpdEntries(record).find((e) => e.id === 'auto-scenario-amira')!;
    record = editCpdEntry(
      record,
      auto.id,
      { ...auto, did: 'Played it twice', learned: 'Act sooner', impact: 'I call the health visitor' },
      30,
    );
    record = { ...record, profile: { displayName: 'Sam Okafor', updatedAt: 1 } };
    const print = printableRecord(record, catalogue, cpdTypeLabels, new Date(2025, 5, 1).getTime());
    expect(print.name).toBe('Sam Okafor');
    expect(print.totals.overall).toBe(85);
    expect(print.finishedPathways).toEqual([
      { title: 'Self-paced CPD', statement: 'Completed the self-paced pathway on interagency working.' },
    ]);
    const trajectories = print.entries.find((e) => e.entry.sourceId === 'trajectories')!;
    expect(trajectories.did).toBe(
      'I worked through the module “Trajectories”. I answered 1 of 5 knowledge-check questions (1 right).',
    );
    expect(trajectories.reflections.map((r) => r.text)).toEqual(['Learning and wellbeing']);
    expect(trajectories.typeLabel).toBe('Course module');
    const amira = print.entries.find((e) => e.entry.sourceId === 'amira')!;
    expect([amira.did, amira.learned, amira.impact]).toEqual(['Played it twice', 'Act sooner', 'I call the health visitor']);
    expect(print.otherReflections.map((g) => g.title)).toEqual(['Knowing who']);
  });

  it('words an automatic scenario entry with the scenario’s own title, and fills "what I learned" from reflections', () => {
    let record = withReflection(finished(emptyRecord()), 'scenarios/amira/#debrief', 'Ring the health visitor sooner', 'What next?');
    const print = printableRecord(record, catalogue, cpdTypeLabels, 1);
    const amira = print.entries.find((e) => e.entry.sourceId === 'amira')!;
    expect(amira.did).toBe(
      'I worked through the practice scenario “Amira: nursery to Year 7”, making decisions about a child’s support and reading the debrief.',
    );
    expect(amira.learned).toBe('');
    expect(learnedText(amira)).toBe('What next?\nRing the health visitor sooner');
    record = editCpdEntry(record, amira.entry.id, { ...amira.entry, learned: 'In my own words' }, 30);
    const edited = printableRecord(record, catalogue, cpdTypeLabels, 1).entries.find((e) => e.entry.sourceId === 'amira')!;
    expect(learnedText(edited)).toBe('In my own words');
  });
});

describe('activity-system maps on the record page', () => {
  it('lists each map that holds anything, by module, with its parts and tensions in words', () => {
    const record = {
      ...emptyRecord(),
      activities: {
        'modules/activity-theory/#my-team': {
          nodes: { subject: 'Our attendance team', object: '', tools: '', rules: 'Closure after three missed visits', community: '', division: '' },
          contradictions: [{ from: 'rules' as const, to: 'object' as const, note: 'Closing cases drops the children at most risk' }],
          updatedAt: 5,
        },
        'modules/activity-theory/#empty': {
          nodes: { subject: ' ', object: '', tools: '', rules: '', community: '', division: '' },
          contradictions: [],
          updatedAt: 6,
        },
      },
    };
    const maps = activityMaps(record, { ...catalogue, modules: [{ id: 'activity-theory', title: 'Activity theory', order: 8, minutes: 60, questions: 4, url: '/modules/activity-theory/' }] });
    expect(maps).toEqual([
      {
        key: 'modules/activity-theory/#my-team',
        title: 'Activity theory',
        url: '/modules/activity-theory/',
        parts: [
          { node: 'subject', text: 'Our attendance team' },
          { node: 'rules', text: 'Closure after three missed visits' },
        ],
        tensions: [{ from: 'rules', to: 'object', note: 'Closing cases drops the children at most risk' }],
        updatedAt: 5,
      },
    ]);
  });
});
