import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCourseIds, readFramework } from '../../../../src/authoring/course-facts';
import type { KnownNames } from '../../../../src/studio/assist/context-ids';
import type { JsonSchema } from '../../../../src/studio/assist/schema-hints';
import { stringLines, type Lines } from '../../../../src/studio/assist/yaml-lines';

export const root = join(import.meta.dirname, '..', '..', '..', '..');

/** The generated schema, as the studio loads it. */
export const schema = JSON.parse(readFileSync(join(root, 'scenarios/scenario.schema.json'), 'utf8')) as JsonSchema;

export const sami = readFileSync(join(root, 'scenarios/sami.yaml'), 'utf8');

/** sami.yaml parsed properly, as the oracle for ids read from its text. */
export const samiData = parse(sami) as {
  scenes: Record<string, { decision: { options: { id: string; effects?: { flags?: string[] } }[] } }>;
  stages: { id: string }[];
  relationships: { id: string }[];
};

const framework = readFramework(root).framework!;
const course = readCourseIds(root);

/** The course's own ids, as the studio page hands them in. */
export const known: KnownNames = {
  dimensions: framework.dimensions.map((d) => d.id),
  domains: framework.domains.map((d) => d.id),
  modules: [...course.modules],
  concepts: [...course.glossary],
  roles: [...course.roles],
};

/** The cursor mark in test texts. */
export const MARK = '‸';

/** `marked` without its cursor mark, and the offset where the mark stood. */
export function cursor(marked: string): { text: string; pos: number; lines: Lines } {
  const pos = marked.indexOf(MARK);
  if (pos < 0) throw new Error('no cursor mark in the text');
  const text = marked.slice(0, pos) + marked.slice(pos + MARK.length);
  return { text, pos, lines: stringLines(text) };
}

/** sami.yaml with the first occurrence of `find` (in the first scene, mostly) replaced, so a test edits the real file. */
export function samiWith(find: string, replace: string): string {
  const at = sami.indexOf(find);
  if (at < 0) throw new Error(`"${find}" is not in sami.yaml`);
  return sami.slice(0, at) + replace + sami.slice(at + find.length);
}

/** A generated scenario of `count` scenes with one option each: about 1 MB at 2,000. */
export function bigScenario(count: number): string {
  const scenes = Array.from(
    { length: count },
    (_, i) => `  s${i}:
    stage: one
    title: Scene ${i}
    text: |
      Scene ${i} of a long generated scenario.
      flag: not-a-flag
    signals:
      - { domain: health, text: "A signal in scene ${i}." }
    decision:
      options:
        - id: s${i}-a
          kind: referral
          label: Refer on and keep in touch.
          effects:
            flags: [f${i}]
          scores: { knowing-who: 1 }
          feedback: >-
            The referral is accepted.
          expert:
            text: A sound first step.
            module: knowing-who
          next: s${i + 1}
`,
  );
  return `id: big\nstages:\n  - id: one\n    label: One\nscenes:\n${scenes.join('')}`;
}
