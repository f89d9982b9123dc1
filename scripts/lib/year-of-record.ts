import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createPlaySession } from '../../src/player/session';
import { saveActivity } from '../../src/record/activities';
import { saveCheck } from '../../src/record/checks';
import { addCpdEntry, deleteCpdEntry } from '../../src/record/cpd';
import { isoDate } from '../../src/record/iso-date';
import { completeModule, visitModule } from '../../src/record/module-progress';
import type { CpdType, LearnerRecord } from '../../src/record/record';
import { saveReflection } from '../../src/record/reflections';
import { createStore } from '../../src/record/store';
import { compile, optionsNow, type CompiledScenario } from '../../src/scenario/runtime';

/*
 * The record of a learner a year into the course, for measuring the record page as such a learner
 * meets it (scripts/audit.ts). It is made by the same functions the pages call, so it has the
 * shape and size a real one would: every module visited and completed with its knowledge check,
 * every reflection and activity map written, several plays of every built scenario (one left
 * unfinished, with its saved snapshot), a debrief reflection on each, and a CPD log of about two
 * entries a week, a few of them deleted. Seeded, so every run measures the same amount of work.
 */

const DAY = 86_400_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const sentences = [
  'We met as a team after the review and talked through what each of us had seen at home and at school.',
  'The health visitor knew things about the family that none of the rest of us had been told.',
  'I realised that I had been treating the referral as the end of my part rather than the start of joint work.',
  'Our rules about who attends which meeting kept the family out of the conversations that mattered most.',
  'Next term I will ask the school nurse to join our planning meeting rather than sending her the minutes.',
  'It was uncomfortable to admit how often we wait for another service to act before we change anything ourselves.',
  'The child’s own account of the week was different from every professional’s, and it was the most useful.',
  'Bending the attendance rule for a fortnight gave us the time to put support in place around him.',
  'I want to keep a note of who knows what in our area, because the directory is out of date within months.',
  'Talking to the youth worker showed me that our object was not the same, even though we used the same words.',
  'We agreed one shared plan and one person the family can ring, which is what his mother had asked for from the start.',
  'I noticed the tension between our targets and what the family needed, and I named it in the meeting.',
];

function prose(next: () => number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentences[Math.floor(next() * sentences.length)]).join(' '),
  ).join('\n\n');
}

interface ModuleSource {
  id: string;
  title: string;
  minutes: number;
  questions: { id: string; answers: { correct?: boolean }[] }[];
  reflections: { id: string; prompt: string }[];
  activities: string[];
}

function modulesOf(root: string): ModuleSource[] {
  const folder = join(root, 'content/modules');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
        title: string;
        minutes: number;
        knowledgeCheck?: ModuleSource['questions'];
      };
      return {
        id: file.slice(0, -'.mdx'.length),
        title: front.title,
        minutes: front.minutes,
        questions: front.knowledgeCheck ?? [],
        reflections: [...text.matchAll(/<Reflection id="([^"]+)" prompt="([^"]+)"/g)].map((m) => ({ id: m[1]!, prompt: m[2]! })),
        activities: [...text.matchAll(/<ActivitySystem id="([^"]+)"/g)].map((m) => m[1]!),
      };
    });
}

/** Every scenario the built site carries, as its player receives it. */
function scenariosOf(dist: string): CompiledScenario[] {
  const folder = join(dist, 'scenarios');
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory()) return [];
    let html: string;
    try {
      html = readFileSync(join(folder, e.name, 'index.html'), 'utf8');
    } catch {
      return [];
    }
    const json = /<script type="application\/json" id="scenario-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    return json ? [(JSON.parse(json) as { payload: CompiledScenario }).payload] : [];
  });
}

/** The record a year after `end - 365 days`, read from the course sources in `root` and the built site in `dist`. */
export function yearOfRecord(root: string, dist: string, end: number): LearnerRecord {
  const next = random(2025);
  const store = createStore(undefined);
  const start = end - 365 * DAY;
  let clock = start;
  const tick = (ms: number) => (clock = Math.min(end, clock + ms));
  const now = () => clock;

  store.update((r) => ({ ...r, profile: { displayName: 'Jo Practitioner', updatedAt: start } }));

  for (const module of modulesOf(root)) {
    tick(14 * DAY);
    store.update((r) => visitModule(r, module.id, now()));
    for (const q of module.questions) {
      tick(60_000);
      const answer = Math.floor(next() * q.answers.length);
      saveCheck(store, `modules/${module.id}/#${q.id}`, answer, q.answers[answer]?.correct ?? false, now());
    }
    for (const r of module.reflections) {
      tick(600_000);
      saveReflection(store, `modules/${module.id}/#${r.id}`, prose(next, 2 + Math.floor(next() * 3)), now(), r.prompt);
    }
    for (const id of module.activities) {
      tick(600_000);
      const nodes = { subject: '', object: '', tools: '', rules: '', community: '', division: '' };
      for (const key of Object.keys(nodes) as (keyof typeof nodes)[]) nodes[key] = prose(next, 1);
      const contradictions = [
        { from: 'rules' as const, to: 'object' as const, note: prose(next, 1) },
        { from: 'division' as const, to: 'tools' as const, note: prose(next, 1) },
      ];
      saveActivity(store, `modules/${module.id}/#${id}`, { nodes, contradictions }, now());
    }
    tick(DAY);
    store.update((r) => completeModule(r, module, now()));
  }

  for (const payload of scenariosOf(dist)) {
    const engine = compile(payload);
    const session = createPlaySession(engine, store, now);
    for (let play = 0; play < 4; play++) {
      tick(3 * DAY);
      session.start();
      const unfinished = play === 3;
      let decisions = 0;
      while (session.view().phase === 'playing' && !(unfinished && decisions === 3)) {
        const open = optionsNow(engine, session.view().snapshot).filter((o) => o.available);
        tick(90_000);
        session.choose(open[Math.floor(next() * open.length)]!.id);
        session.proceed();
        decisions++;
      }
      // The second play goes back two decisions and tries another branch, as learners do.
      if (play === 1) {
        session.rewind(Math.max(0, decisions - 2));
        while (session.view().phase === 'playing') {
          const open = optionsNow(engine, session.view().snapshot).filter((o) => o.available);
          tick(90_000);
          session.choose(open[Math.floor(next() * open.length)]!.id);
          session.proceed();
        }
      }
    }
    tick(600_000);
    saveReflection(
      store,
      `scenarios/${payload.scenario.id}/#debrief`,
      prose(next, 3),
      now(),
      'Which part of their life can you not see?',
    );
  }

  const types: CpdType[] = ['course', 'training', 'reading', 'supervision', 'peer-learning', 'other'];
  for (let day = start; day < end; day += 3.5 * DAY) {
    const at = day + Math.floor(next() * DAY);
    const id = `cpd-${at.toString(16)}`;
    const input = {
      date: isoDate(at),
      title: `${['Team supervision', 'Safeguarding update', 'Reading group', 'Multi-agency panel', 'Peer observation'][Math.floor(next() * 5)]} (${isoDate(at)})`,
      type: types[Math.floor(next() * types.length)]!,
      minutes: 30 + 15 * Math.floor(next() * 8),
      did: prose(next, 1),
      learned: prose(next, 1),
      impact: prose(next, 1),
    };
    store.update((r) => addCpdEntry(r, id, input, at));
    if (next() < 0.05) store.update((r) => deleteCpdEntry(r, id, at + DAY));
  }
  return store.read();
}
