import { defineConfig } from 'vitest/config';

const common = { exclude: ['**/node_modules/**', '**/.next/**', 'neo4j-launcher/**'] };

/**
 * graphql's CommonJS build for every import, as Node itself resolves it: Vite would give
 * ESM imports graphql's `.mjs` build while graphql-jit (CommonJS) requires the `.js` one,
 * and a schema from one copy fails the other's `instanceof` checks.
 */
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    // Global setups stop servers (Neo4j, the e2e `arna start`): give them time to shut down.
    teardownTimeout: 120_000,
    projects: [
      {
        resolve,
        test: {
          ...common,
          name: 'unit',
          include: ['{graph,etl,api,cli,web}/**/*.test.ts', 'web/**/*.test.tsx'],
          exclude: [...common.exclude, '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        resolve,
        test: {
          ...common,
          name: 'integration',
          include: ['{graph,etl,api,cli}/**/*.int.test.ts'],
          globalSetup: ['graph/test/neo4j-global-setup.ts'],
          // One Neo4j per run; files run one after another so each may reset the graph.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve,
        test: {
          ...common,
          name: 'e2e',
          include: ['web/e2e/**/*.e2e.test.ts'],
          // `arna start` on a small drop (own Neo4j, API, production web build) + Chromium.
          globalSetup: ['web/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
