import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import type { DocumentNode } from 'graphql';
import type { Resolvers } from '../generated/graphql.js';
import { JsonScalar } from '../schema/json-scalar.js';
import { sessionResolvers } from './session/session.resolvers.js';
import { adminResolvers } from './admin/admin.resolvers.js';
import { leadsResolvers } from './leads/leads.resolvers.js';
import { savedQueriesResolvers } from './saved-queries/saved-queries.resolvers.js';
import { investigationResolvers } from './investigation/investigation.resolvers.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The resolver maps of all features. To add a feature: create `modules/<feature>/` with
 * `<feature>.graphql` (picked up automatically) and `<feature>.resolvers.ts`, then add its
 * map here with ONE line.
 */
const moduleResolvers: Resolvers[] = [
  sessionResolvers,
  leadsResolvers,
  savedQueriesResolvers,
  adminResolvers,
  investigationResolvers,
  // one line per feature module
];

/** `schema/*.graphql` (directives, roles, scalars) and every `modules/<feature>/<feature>.graphql`. */
export function loadTypeDefs(): DocumentNode {
  const files = [
    ...graphqlFiles(path.join(here, '..', 'schema')),
    ...readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => graphqlFiles(path.join(here, entry.name))),
  ];
  return mergeTypeDefs(files.map((file) => readFileSync(file, 'utf8')));
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => path.join(dir, name));
}

export const resolvers: Resolvers = mergeResolvers([{ JSON: JsonScalar }, ...moduleResolvers]);
