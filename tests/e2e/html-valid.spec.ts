import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './support/site';

/*
 * Every built page is valid HTML (html-validate's "standard" rules: the HTML specification's
 * content models, attributes and nesting, not style preferences), read from dist/ as a host would
 * serve it, after the security step has rewritten it.
 */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const file = `dist/${page.endsWith('.html') ? page : `${page}index.html`}`;
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
