import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { applyAuthDirectives } from '../directives/auth-directive.js';
import { loadTypeDefs, resolvers } from '../modules/index.js';

/** The executable schema with `@auth`/`@purpose` enforced on every root field. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  return applyAuthDirectives(schema);
}
