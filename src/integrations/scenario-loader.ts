import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { formatMessage } from '../authoring/message';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../scenario/load';
import { errorCount, formatReport } from '../scenario/report';

/**
 * Loads scenarios/*.yaml through the engine's own validation and analysis, so the build fails
 * with exactly the messages `npm run scenarios:check` prints. Each entry is the compiled,
 * JSON-safe payload the browser receives: no YAML parser or analysis code ships to it.
 */
export function scenarioLoader(): Loader {
  return {
    name: 'crossing-boundaries:scenarios',
    load: async ({ store, config, logger }) => {
      const root = fileURLToPath(config.root);
      const known = readKnownIds(root);
      if (!known.ok) throw new Error(`Scenarios cannot be checked:\n${known.problems.join('\n')}`);
      store.clear();
      const failures: string[] = [];
      for (const file of listScenarioFiles(root)) {
        const result = loadScenarioFile(root, file, known.ids);
        if (!result.ok || errorCount(result.report)) {
          failures.push(formatReport(result.report));
          continue;
        }
        for (const m of result.report.messages) logger.warn(formatMessage(m));
        store.set({
          id: result.compiled.scenario.id,
          data: JSON.parse(JSON.stringify(result.compiled)) as Record<string, unknown>,
        });
      }
      if (failures.length) throw new Error(`${failures.length} scenario file(s) have errors:\n\n${failures.join('\n\n')}`);
    },
  };
}
