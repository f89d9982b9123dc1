import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { listScenarioFiles, loadScenarioBytes, readKnownIds } from '../../../src/scenario/load';
import { replay } from '../../../src/scenario/replay';
import { formatReport } from '../../../src/scenario/report';
import type { CompiledScenario } from '../../../src/scenario/types';
import { checkDraft } from '../../../src/studio/check';
import { draftFile } from '../../../src/studio/draft';
import { courseOf, knownIdsOf } from '../../../src/studio/course';
import { root } from '../scenario/helpers';

const known = readKnownIds(root);
if (!known.ok) throw new Error(known.problems.join('\n'));
// What the studio page carries, through JSON as the page hands it over.
const course = knownIdsOf(JSON.parse(JSON.stringify(courseOf(known.ids))));
const template = readFileSync(join(root, 'src', 'studio', 'template.yaml'), 'utf8');

describe('the studio’s check', () => {
  it.each(listScenarioFiles(root))('reports on %s word for word as npm run scenarios:check does', (file) => {
    const bytes = readFileSync(join(root, file));
    const cli = formatReport(loadScenarioBytes(file, bytes, known.ids).report);
    const { check } = checkDraft(new TextDecoder().decode(bytes), course);
    expect(check.file).toBe(file);
    expect(check.printed).toBe(cli);
    expect(check.errors).toBe(0);
    expect(check.payloadJson).not.toBeNull();
  });

  it('names the draft after its id, as the file it will be published as', () => {
    expect(draftFile('id: my-area\ntitle: x')).toBe('scenarios/my-area.yaml');
    expect(draftFile('id: "quoted-id" # a note\n')).toBe('scenarios/quoted-id.yaml');
    expect(draftFile('title: no id yet')).toBe('scenarios/draft.yaml');
    expect(draftFile('id: Not Valid')).toBe('scenarios/draft.yaml');
  });

  it('finds the template sound: playable, with only the library’s bar still to clear', () => {
    const { check } = checkDraft(template, course);
    expect(check.messages.filter((m) => !m.code.startsWith('library-'))).toEqual([]);
    expect(check.libraryErrors).toBe(check.errors);
    expect(check.libraryErrors).toBeGreaterThan(0);
    expect(check.payloadJson).not.toBeNull();
    expect(check.stats?.mode).toBe('exact');
  });

  it('does not offer a play-test while the draft has an error of its own, and says where it is', () => {
    const broken = template.replace('next: a-year-on\n        - id: call-mum', 'next: nowhere\n        - id: call-mum');
    expect(broken).not.toBe(template);
    const { check } = checkDraft(broken, course);
    expect(check.payloadJson).toBeNull();
    const finding = check.messages.find((m) => m.code === 'unknown-scene');
    expect(finding?.line).toBe(broken.split('\n').findIndex((l) => l.includes('next: nowhere')) + 1);
  });

  it('gives a shortest route to every scene a play reaches, and each route reaches its scene', () => {
    const text = readFileSync(join(root, 'scenarios', 'sami.yaml'), 'utf8');
    const { check } = checkDraft(text, course);
    const payload = JSON.parse(check.payloadJson!) as CompiledScenario;
    const engine = compile(payload);
    const scenes = Object.keys(payload.scenario.scenes);
    expect(Object.keys(check.routes).sort()).toEqual([...scenes].sort());
    expect(check.routes[scenes[0]!]).toEqual([]);
    for (const [scene, route] of Object.entries(check.routes)) {
      const played = replay(engine, route);
      expect(played.ok, scene).toBe(true);
      expect(played.snapshot.context.scene, scene).toBe(scene);
    }
  });

  it('gives the line of each scene, for the map and the scene list', () => {
    const { check } = checkDraft(template, course);
    const lines = template.split('\n');
    expect(Object.keys(check.lines)).toEqual(['quiet', 'a-year-on']);
    expect(lines[check.lines.quiet! - 1]).toBe('  quiet:');
    expect(lines[check.lines['a-year-on']! - 1]).toBe('  a-year-on:');
  });

  it('tells of its progress through the scenes while it explores the plays', () => {
    const seen: [number, number][] = [];
    checkDraft(readFileSync(join(root, 'scenarios', 'sami.yaml'), 'utf8'), course, (done, total) => seen.push([done, total]));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]![0]).toBe(0);
    expect(seen.every(([done, total]) => done < total)).toBe(true);
  });
});
