import { unsafeLinks } from '../security/links';
import type { Path } from '../authoring/yaml';
import type { Emitter } from './checks';
import type { Scenario } from './types';

/**
 * Every text of the scenario, checked for links a course may not hold (src/security/links.ts):
 * a file someone was sent must not be able to put a `javascript:` link in front of a learner.
 */
export function checkUnsafeLinks(scenario: Scenario, emit: Emitter): void {
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      for (const link of unsafeLinks(value))
        emit(
          'error',
          'unsafe-link',
          path,
          `unsafe link "${link.url}": links may only be http(s), mailto or a page of the course`,
        );
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(scenario, []);
}
