/** `@arna/api`: the GraphQL API server. */
export { startApiServer, type ApiServer, type ApiServerOptions } from './http/server.js';
export { buildSchema } from './schema/build-schema.js';
export type { ApiContext } from './context.js';
