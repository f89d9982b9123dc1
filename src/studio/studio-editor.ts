import schema from '../../scenarios/scenario.schema.json';
import { schemaAssist } from './assist/schema-assist';
import type { KnownNames } from './assist/context-ids';
import type { JsonSchema } from './assist/schema-hints';
import type { StudioCourse } from './course';
import { createEditor, type StudioEditor } from './editor';

/*
 * The studio's editor with everything it needs, loaded as one piece after the page: CodeMirror,
 * the YAML mode, and completion and hover from scenarios/scenario.schema.json with the course's
 * own ids (the same file editors such as VS Code read through the comment on each scenario's first line).
 */
export function createStudioEditor(
  host: HTMLElement,
  studio: { text: string; typed(text: string): void; cursor: number },
  page: { course: StudioCourse },
): StudioEditor {
  const { framework, modules = [], concepts = [], roles = [] } = page.course;
  const names: KnownNames = {
    dimensions: framework.dimensions.map((d) => d.id),
    domains: framework.domains.map((d) => d.id),
    modules,
    concepts,
    roles,
  };
  return createEditor(host, {
    text: studio.text,
    label: 'Scenario file (YAML)',
    onchange: (text) => studio.typed(text),
    oncursor: (offset) => (studio.cursor = offset),
    extensions: schemaAssist(schema as JsonSchema, () => names),
  });
}
