import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageStandard } from './manifest';

/** One package: the whole course, or one scenario (still carrying the site, so its links work). */
export interface PackageTarget {
  /** 'course' or a scenario id: the launch page's ?scope=. */
  scope: string;
  title: string;
}

export const zipName = (scope: string, standard: PackageStandard): string =>
  `crossing-boundaries-${scope}-scorm${standard.replace('.', '')}.zip`;

/**
 * The packages a packaged build can make, read from the build itself (the launch page's list of
 * scenarios, each scenario's JSON for its title), so they always match what was built. `only`
 * narrows them; an unknown name is an error naming the choices.
 */
export function packageTargets(site: string, courseTitle: string, only?: readonly string[]): PackageTarget[] {
  const launchPage = readFileSync(join(site, 'scorm', 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="lms-launch">([\s\S]*?)<\/script>/.exec(launchPage)?.[1];
  if (!json) throw new Error(`${join(site, 'scorm', 'index.html')}: no launch data; was the site built with PUBLIC_CB_PACKAGE?`);
  const scenarios = (JSON.parse(json) as { scenarios: string[] }).scenarios;
  const all: PackageTarget[] = [
    { scope: 'course', title: courseTitle },
    ...scenarios.map((id) => {
      const payload = JSON.parse(readFileSync(join(site, 'scenarios', id, 'scenario.json'), 'utf8')) as {
        scenario: { title: string };
      };
      return { scope: id, title: `${courseTitle}: ${payload.scenario.title}` };
    }),
  ];
  if (!only?.length) return all;
  const unknown = only.filter((name) => !all.some((t) => t.scope === name));
  if (unknown.length)
    throw new Error(
      `--only: no package called ${unknown.map((u) => `"${u}"`).join(', ')}; choose from ${all.map((t) => t.scope).join(', ')}.`,
    );
  return all.filter((t) => only.includes(t.scope));
}
