import type { Framework, FrameworkDimension, FrameworkDomain } from './types';

/**
 * Read-only lookups over the course framework (content/framework.yaml), safe in the browser:
 * the payload carries the framework so the debrief and the chart need nothing else.
 */
export function domainIds(framework: Framework): string[] {
  return framework.domains.map((d) => d.id);
}

export function findDomain(framework: Framework, id: string): FrameworkDomain | undefined {
  return framework.domains.find((d) => d.id === id);
}

export function findDimension(framework: Framework, id: string): FrameworkDimension | undefined {
  return framework.dimensions.find((d) => d.id === id);
}

/** Highest vulnerability level of a domain; 10 if the framework does not say. */
export function domainMax(framework: Framework, id: string): number {
  return findDomain(framework, id)?.scale.max ?? 10;
}
