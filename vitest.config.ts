import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/analyse-scenarios.ts'],
    setupFiles: ['tests/unit/yield-between-tests.ts'],
    // Property and analysis tests are CPU-bound; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
