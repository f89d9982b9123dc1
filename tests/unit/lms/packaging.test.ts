import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestXml, xmlId } from '../../../src/packaging/manifest';
import { rewriteFile, stepsToRoot } from '../../../src/packaging/rewrite-urls';
import { packageTargets, zipName } from '../../../src/packaging/targets';

const M = '/__cb_package__/';

describe('making a build relative', () => {
  it('counts the steps from each file’s folder back to the package root', () => {
    expect(stepsToRoot('index.html')).toBe('./');
    expect(stepsToRoot('scorm/index.html')).toBe('../');
    expect(stepsToRoot('modules/knowing-who/index.html')).toBe('../../');
    expect(stepsToRoot('_astro\\x.css')).toBe('../');
  });

  it('rewrites pages and stylesheets from their own folder', () => {
    expect(rewriteFile('modules/x/index.html', `<a href="${M}glossary/index.html">`, M)).toEqual({
      kind: 'rewritten',
      text: '<a href="../../glossary/index.html">',
      count: 1,
    });
    expect(rewriteFile('_astro/a.css', `url(${M}x.svg)`, M)).toMatchObject({ text: 'url(../x.svg)' });
    expect(rewriteFile('a.json', '{"x":1}', M)).toEqual({ kind: 'unchanged' });
  });

  it('rewrites quoted addresses in scripts to ones worked out from the script, minified or not', () => {
    const result = rewriteFile('_astro/p.js', `const v=function(l){return"${M}"+l};x='${M}pagefind/'`, M);
    expect(result).toEqual({
      kind: 'rewritten',
      text: 'const v=function(l){return(new URL("../",import.meta.url).href)+l};x=(new URL("../pagefind/",import.meta.url).href)',
      count: 2,
    });
    // The rewritten script still runs, and gives the package root.
    const run = new Function(
      'meta',
      `${(result as { text: string }).text.replaceAll('import.meta.url', 'meta')}; return [v('a.js'), x];`,
    );
    expect(run('https://lms.example/pluginfile.php/1/content/_astro/p.js')).toEqual([
      'https://lms.example/pluginfile.php/1/content/a.js',
      'https://lms.example/pluginfile.php/1/content/pagefind/',
    ]);
  });

  it('refuses what it cannot make relative, rather than ship a broken package', () => {
    expect(rewriteFile('_astro/t.js', 'x=`' + M + '${a}`', M)).toEqual({ kind: 'refused', count: 1 });
    expect(rewriteFile('data.json', `{"u":"${M}x/"}`, M)).toEqual({ kind: 'refused', count: 1 });
  });
});

describe('the manifest', () => {
  const input = {
    identifier: 'crossing-boundaries-sami-scorm12',
    title: 'Sami & “the school”',
    launch: 'scorm/index.html?scope=sami&version=1.2',
    files: ['a b/ü.html'],
    passMark: 60,
  };

  it('escapes text and addresses, and makes valid XML ids', () => {
    for (const standard of ['1.2', '2004'] as const) {
      const xml = manifestXml({ ...input, standard });
      expect(xml).toContain('<title>Sami &amp; “the school”</title>');
      expect(xml).toContain('href="scorm/index.html?scope=sami&amp;version=1.2"');
      expect(xml).toContain('<file href="a%20b/%C3%BC.html"/>');
    }
    expect(xmlId('1st pkg')).toBe('_1st-pkg');
    expect(xmlId('ok.id_x-1')).toBe('ok.id_x-1');
  });
});

describe('the packages a build can make', () => {
  const site = mkdtempSync(join(tmpdir(), 'cb-targets-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, 'scorm'));
  writeFileSync(
    join(site, 'scorm/index.html'),
    '<script type="application/json" id="lms-launch">{"scenarios":["sami"]}</script>',
  );
  mkdirSync(join(site, 'scenarios/sami'), { recursive: true });
  writeFileSync(join(site, 'scenarios/sami/scenario.json'), '{"scenario":{"title":"Sami"}}');

  it('are the course and each scenario, and an unknown name is an error naming the choices', () => {
    expect(packageTargets(site, 'CB')).toEqual([
      { scope: 'course', title: 'CB' },
      { scope: 'sami', title: 'CB: Sami' },
    ]);
    expect(packageTargets(site, 'CB', ['sami']).map((t) => t.scope)).toEqual(['sami']);
    expect(() => packageTargets(site, 'CB', ['jordn'])).toThrow('--only: no package called "jordn"; choose from course, sami.');
    expect(zipName('sami', '2004')).toBe('crossing-boundaries-sami-scorm2004.zip');
  });
});
