import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/authoring/content-file';
import { formatMessage, type AuthoringMessage } from '../../../src/authoring/message';
import { analyseScenario } from '../../../src/scenario/analyse';
import { moduleSchema } from '../../../src/schemas/module';
import { fixtures, knownIds, root } from '../scenario/helpers';

/*
 * A module and a scenario are read by one YAML reader and printed by one formatter, so the same
 * slip in either is told in the same words, in the same order: file:line:column, severity, then
 * (for a scenario) its code and scene, the field, and the message ending with what to do.
 */

const moduleText = readFileSync(join(root, 'tests/fixtures/content/broken-modules/valid.mdx'), 'utf8');
const scenarioText = readFileSync(join(fixtures, 'good/minimal.yaml'), 'utf8');

/** The text with its first `from` replaced, and the line that change is on. */
function slip(text: string, from: string, to: string): { text: string; line: number } {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the text`);
  return { text: text.slice(0, at) + to + text.slice(at + from.length), line: text.slice(0, at).split('\n').length };
}

const moduleMessages = (text: string): AuthoringMessage[] => {
  const messages: AuthoringMessage[] = [];
  readContentFile('content/modules/m.mdx', text, 'mdx', moduleSchema, messages);
  return messages;
};
const scenarioMessages = (text: string): AuthoringMessage[] =>
  analyseScenario('drafts/minimal.yaml', text, knownIds).report.messages.filter((m) => m.severity === 'error');

describe('one message for every authoring mistake', () => {
  it('tells the same YAML slip in a module and in a scenario in the same words and shape', () => {
    const inModule = slip(moduleText, 'audiences: [teachers]', 'audiences: [teachers');
    const inScenario = slip(scenarioText, 'audiences: [teachers, trainee-teachers]', 'audiences: [teachers, trainee-teachers');
    const [fromModule] = moduleMessages(inModule.text).map(formatMessage);
    const [fromScenario] = scenarioMessages(inScenario.text).map(formatMessage);
    const told = (line: number) =>
      `YAML syntax: the "[" on line ${line} is never closed: a list or set of fields written on one line needs its closing "]" on that line too.`;
    expect(fromModule).toMatch(new RegExp(`^content/modules/m\\.mdx:${inModule.line}:\\d+ error: `));
    expect(fromModule).toContain(told(inModule.line));
    expect(fromScenario).toMatch(new RegExp(`^drafts/minimal\\.yaml:${inScenario.line}:\\d+ error \\[yaml-syntax\\]: `));
    expect(fromScenario).toContain(told(inScenario.line));
  });

  it('tells a field written without a space after its colon the same way in both', () => {
    const inModule = slip(moduleText, 'minutes: 45', 'minutes:10');
    const inScenario = slip(scenarioText, 'minutes: 10', 'minutes:10');
    const [fromModule] = moduleMessages(inModule.text);
    const [fromScenario] = scenarioMessages(inScenario.text);
    expect(fromModule).toMatchObject({ line: inModule.line, field: '' });
    expect(fromScenario).toMatchObject({ line: inScenario.line, field: '', code: 'yaml-syntax' });
    const words = (m: AuthoringMessage | undefined) => m?.message.replace(/line \d+/g, 'line N');
    expect(words(fromModule)).toBe(words(fromScenario));
    expect(fromModule?.message).toContain(`line ${inModule.line} has no space after the colon`);
  });

  it('prints the position first, then severity, code, scene, field and message, leaving out what a finding lacks', () => {
    const base = {
      severity: 'error',
      file: 'f.yaml',
      line: 3,
      column: 7,
      field: '',
      message: 'what is wrong; what to do',
    } as const;
    expect(formatMessage(base)).toBe('f.yaml:3:7 error: what is wrong; what to do');
    expect(formatMessage({ ...base, severity: 'warning', field: 'title' })).toBe(
      'f.yaml:3:7 warning title: what is wrong; what to do',
    );
    expect(formatMessage({ ...base, code: 'cycle', scene: 'tired', field: 'scenes.tired.decision' })).toBe(
      'f.yaml:3:7 error [cycle] scene "tired" scenes.tired.decision: what is wrong; what to do',
    );
  });
});
