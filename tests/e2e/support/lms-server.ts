/**
 * Builds the SCORM packages, unpacks some of them under deep paths such as a Moodle site's
 * (/pluginfile.php/12/mod_scorm/content/1/), writes the harness page beside them, and serves the
 * lot as plain files, the way an LMS serves a package. Run by playwright.deploy.config.ts; it packages the course and one scenario, which is all the tests unpack.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { zipName } from '../../../src/packaging/targets';
import { LMS_PORT } from './ports';

export const PACKAGES = 'tests/.output/packages';
const ROOT = 'tests/.output/lms';

/** Where each unpacked package lives on the harness server. */
export const unpacked = (scope: string, version: '1.2' | '2004'): string =>
  `/pluginfile.php/${scope === 'course' ? 12 : 13}${version === '1.2' ? 0 : 1}/mod_scorm/content/1/`;

if (process.argv[1]?.endsWith('lms-server.ts')) {
  const built = spawnSync('npx', ['tsx', 'scripts/package-scorm.ts', '--out', PACKAGES, '--only', 'course,sami'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  rmSync(ROOT, { recursive: true, force: true });
  for (const scope of ['course', 'sami'])
    for (const version of ['1.2', '2004'] as const) {
      const files = unzipSync(readFileSync(join(PACKAGES, zipName(scope, version))));
      for (const [name, data] of Object.entries(files)) {
        const target = join(ROOT, unpacked(scope, version), name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, data);
      }
    }
  mkdirSync(join(ROOT, 'scorm-again'), { recursive: true });
  for (const file of ['scorm12.min.js', 'scorm2004.min.js'])
    copyFileSync(join('node_modules/scorm-again/dist', file), join(ROOT, 'scorm-again', file));
  copyFileSync('tests/e2e/support/lms-harness.js', join(ROOT, 'harness.js'));
  writeFileSync(
    join(ROOT, 'harness.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title>
<script src="/scorm-again/scorm12.min.js"></script><script src="/scorm-again/scorm2004.min.js"></script></head>
<body style="margin:0"><iframe id="sco" title="Course" style="width:100%;height:100vh;border:0"></iframe><script src="/harness.js"></script></body></html>`,
  );
  spawn('npx', ['tsx', 'scripts/serve.ts', '--files-only', '--dir', ROOT, '--base', '/', '--port', String(LMS_PORT)], {
    stdio: 'inherit',
  });
}
