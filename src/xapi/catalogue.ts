import { mixCategory, type CompiledScenario, type MixCategory } from '../scenario/types';

/*
 * Names for the activities statements mention. The learner record holds only ids, and the course
 * ships no index of every title to every page, so names come from the page the learner is on:
 * its own title (a module or scenario page) and, on a scenario page, the scenario the player
 * already has. A statement made on that page is about that page's activity; anything else gets
 * its id as a name, which is still a valid statement.
 */

export interface DecisionInfo {
  /** The scene's title. */
  title: string;
  question: string;
  /** Each option's place in the mix: its kind, or `critical` for a critical safeguarding error. */
  options: { id: string; label: string; kind: MixCategory }[];
}

export interface Catalogue {
  moduleTitle(id: string): string | undefined;
  scenarioTitle(id: string): string | undefined;
  decision(scenarioId: string, sceneId: string): DecisionInfo | undefined;
}

/** Nothing known: every activity is named by its id. */
export const emptyCatalogue: Catalogue = {
  moduleTitle: () => undefined,
  scenarioTitle: () => undefined,
  decision: () => undefined,
};

/**
 * The catalogue of one page: `page.path` is its path below the base ('modules/knowing-who/');
 * `readScenario` gives the page's compiled scenario, read once and only when a decision is named.
 */
export function pageCatalogue(page: { path: string; title: string }, readScenario: () => CompiledScenario | null): Catalogue {
  let scenario: CompiledScenario | null | undefined;
  const loaded = () => (scenario === undefined ? (scenario = readScenario()) : scenario);
  return {
    moduleTitle: (id) => (page.path === `modules/${id}/` ? page.title : undefined),
    scenarioTitle: (id) => (page.path === `scenarios/${id}/` ? page.title : undefined),
    decision(scenarioId, sceneId) {
      if (page.path !== `scenarios/${scenarioId}/`) return undefined;
      const s = loaded()?.scenario;
      const scene = s?.id === scenarioId ? s.scenes[sceneId] : undefined;
      if (!scene) return undefined;
      return {
        title: scene.title,
        question: scene.decision.question,
        options: scene.decision.options.map(({ id, label, kind, critical }) => ({
          id,
          label,
          kind: mixCategory({ kind, critical: critical !== undefined }),
        })),
      };
    },
  };
}
