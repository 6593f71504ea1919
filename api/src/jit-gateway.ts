import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit, which compiles each operation once into a function
 * that resolves and serialises its fields, instead of graphql-js walking the operation for
 * every field of every response. Apollo Server 5 takes another executor only through its
 * gateway interface; parsing, validation (with graphql-armor's rules), plugins and error
 * formatting stay Apollo's. Compiled operations are kept by document: Apollo parses a query
 * text once and hands back the same document. graphql-jit does not fill an input field's
 * default into a variable's value (graphql-jit#142), so the schema declares none
 * (jit-gateway.test.ts); argument defaults it applies.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async (requestContext) => {
          const { document, operationName, request, context } = requestContext;
          const byOperation = compiled.get(document) ?? new Map<string, CompiledQuery>();
          compiled.set(document, byOperation);
          let query = byOperation.get(operationName ?? '');
          if (!query) {
            const outcome = compileQuery(schema, document, operationName ?? undefined);
            if (!isCompiledQuery(outcome)) return outcome;
            query = outcome;
            byOperation.set(operationName ?? '', query);
          }
          const result = await query.query(undefined, context, request.variables ?? {});
          return result.errors ? { ...result, errors: result.errors.map(writable) } : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors have a read-only message, which graphql-armor's field-suggestion
 * blocker rewrites: the same error as graphql-js makes it (path, cause, extensions).
 */
function writable(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    path: error.path ?? undefined,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}
