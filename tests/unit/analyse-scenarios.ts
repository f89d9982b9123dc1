import { fileURLToPath } from 'node:url';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../src/scenario/load';

/**
 * Vitest global setup: analyses every shipped scenario once, into the on-disk cache, before the
 * test workers start. Otherwise several workers would explore the same large state spaces at once.
 */
export default function analyseScenarios(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const known = readKnownIds(root);
  if (!known.ok) return;
  for (const file of listScenarioFiles(root)) loadScenarioFile(root, file, known.ids);
}
