import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/analyse-scenarios.ts'],
    setupFiles: ['tests/unit/yield-between-tests.ts'],
    // Property and analysis tests are CPU-bound; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on these 2-core machines.
    // CB_WORKERS sets it, as it does for the browser tests.
    maxWorkers: Number(process.env['CB_WORKERS'] ?? 2),
    minWorkers: 1,
    // Test files share a worker's loaded modules instead of each importing the engine, zod and
    // YAML afresh (a third of the run's time went on that). The tests keep no state in modules:
    // the two that stub browser globals put them back after each test.
    isolate: false,
  },
});
