import { compile, type CompiledScenario, type ScenarioEngine } from '../scenario/runtime';
import { scenarioIdOf } from './codes';

/*
 * The mirror data page loads a scenario only once a code names it, from the site's own
 * `scenarios/<id>/scenario.json`. One that could not be fetched (the venue's connection dropped)
 * is remembered as unloaded, so its codes can say why they wait, and is asked for again on the
 * next add or retry.
 */

export interface LoadedScenarios {
  engines: ReadonlyMap<string, ScenarioEngine>;
  /** Scenarios on the site whose JSON could not be fetched. */
  unloaded: ReadonlySet<string>;
}

/** A scenario's engine by id, or null when it cannot be had; adds that overlap share one request. */
export function scenarioFetcher(base: string, get: typeof fetch = fetch): (id: string) => Promise<ScenarioEngine | null> {
  const fetching = new Map<string, Promise<ScenarioEngine | null>>();
  return (id) => {
    let pending = fetching.get(id);
    if (!pending) {
      pending = get(`${base}scenarios/${id}/scenario.json`)
        .then(async (response) => (response.ok ? compile((await response.json()) as CompiledScenario) : null))
        .catch(() => null)
        .finally(() => fetching.delete(id));
      fetching.set(id, pending);
    }
    return pending;
  };
}

/** The scenarios `codes` name that the site publishes and that are not loaded yet. */
export const scenariosToLoad = (codes: readonly string[], onSite: ReadonlySet<string>, loaded: LoadedScenarios): string[] =>
  [...new Set(codes.map(scenarioIdOf))].filter((id): id is string => id !== null && onSite.has(id) && !loaded.engines.has(id));

/** `loaded` with what a round of fetches brought: each scenario either loaded or (still) unloaded. */
export function withFetched(
  loaded: LoadedScenarios,
  fetched: readonly (readonly [string, ScenarioEngine | null])[],
): LoadedScenarios {
  const engines = new Map(loaded.engines);
  const unloaded = new Set(loaded.unloaded);
  for (const [id, engine] of fetched) {
    if (engine) {
      engines.set(id, engine);
      unloaded.delete(id);
    } else unloaded.add(id);
  }
  return { engines, unloaded };
}
