import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/authoring/content-file';
import { formatMessage } from '../../../src/authoring/message';
import { checkContent } from '../../../src/content-check/check';
import { componentIds } from '../../../src/content-check/references';
import { moduleSchema, type ModuleFrontmatter } from '../../../src/schemas/module';

describe('the course content', () => {
  it('has no errors or warnings in any file or cross-reference', () => {
    const { messages, files } = checkContent('.');
    expect(files).toBeGreaterThan(0);
    expect(messages.map(formatMessage)).toEqual([]);
  });

  const moduleFiles = readdirSync('content/modules').filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

  it('has the ten modules of the course, in order 1 to 10', () => {
    const orders = moduleFiles.map((f) => (readContentFile(`content/modules/${f}`, readFileSync(`content/modules/${f}`, 'utf8'), 'mdx', moduleSchema, []).data as ModuleFrontmatter).order);
    expect(orders.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  describe.each(moduleFiles)('module %s', (name) => {
    const file = `content/modules/${name}`;
    const entry = readContentFile(file, readFileSync(file, 'utf8'), 'mdx', moduleSchema, []);
    const data = entry.data as ModuleFrontmatter;

    it('has outcomes, CPD minutes, references and a knowledge check of 3 to 5 questions', () => {
      expect(data.outcomes.length).toBeGreaterThanOrEqual(2);
      expect(data.minutes).toBeGreaterThan(0);
      expect(data.references.length).toBeGreaterThan(0);
      expect(data.knowledgeCheck?.length).toBeGreaterThanOrEqual(3);
      expect(data.knowledgeCheck?.length).toBeLessThanOrEqual(5);
      for (const q of data.knowledgeCheck ?? []) for (const a of q.answers) expect(a.feedback.length).toBeGreaterThan(10);
    });

    it('leaves the verdict to the page: no answer feedback opens with "Right", "Not quite" or the like', () => {
      // The knowledge check already says "Right." or "Not quite." before the feedback.
      for (const q of data.knowledgeCheck ?? [])
        for (const a of q.answers) expect(a.feedback, a.text).not.toMatch(/^(Yes|No|Right|Correct|Not quite|Wrong)[.,!]/);
    });

    it('asks for at least two reflections and gives a worked example', () => {
      expect(componentIds(entry, 'Reflection').length).toBeGreaterThanOrEqual(2);
      expect(entry.body).toMatch(/<Callout kind="example"/);
    });

    it('is between 1,200 and 2,500 words of prose', () => {
      const words = entry.body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(1200);
      expect(words).toBeLessThanOrEqual(2500);
    });
  });
});
