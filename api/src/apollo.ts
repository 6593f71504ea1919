import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';
import { formatError } from './format-error.js';
import { buildSchema } from './schema/build-schema.js';
import { jitGateway } from './jit-gateway.js';

/**
 * Depth and cost limits from graphql-armor: the UI's deepest query (lead → members →
 * entity → facts) is 7 levels; 12 leaves room, a recursive neighbourhood query does not.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 20_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 2_000 },
  blockFieldSuggestion: { enabled: true },
});

export function createApollo(env: NodeJS.ProcessEnv = process.env): ApolloServer<ApiContext> {
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    // Operations run compiled by graphql-jit (see jit-gateway.ts): a 118-node graph view
    // took 9 ms less Node CPU than through graphql-js (bench/RESULTS.md, 2026-12-06).
    gateway: jitGateway(buildSchema()),
    introspection: env['NODE_ENV'] !== 'production',
    // The process that embeds the API (`arna serve`, `arna start`) stops it in order on a
    // signal; Apollo's own handler would re-raise the signal and cut that short.
    stopOnTerminationSignals: false,
    formatError,
    ...protection,
    // Cache-control hints are never used (every response is `no-store`), and the plugin
    // wraps every resolved field: on a 500-node graph view that was measurable CPU.
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: [...protection.validationRules],
  });
}
