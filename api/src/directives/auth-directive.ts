import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { isRole, type Role } from '@arna/graph/app';
import type { ApiContext } from '../context.js';
import {
  CsrfError,
  ForbiddenError,
  PurposeRequiredError,
  UnauthenticatedError,
} from '../errors.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** What a root field declares with `@auth` and `@purpose`. */
export interface FieldPolicy {
  roles: Role[];
  public: boolean;
  purpose: boolean;
}

/** Fields that may run without a session: only login. */
export const PUBLIC_FIELDS = new Set(['Mutation.login']);

export class SchemaPolicyError extends Error {
  constructor(message: string) {
    super(`schema: ${message}`);
    this.name = 'SchemaPolicyError';
  }
}

export function fieldPolicy(
  schema: GraphQLSchema,
  field: Parameters<typeof getDirective>[1],
  coordinate: string,
): FieldPolicy {
  const auth = getDirective(schema, field, 'auth')?.[0];
  if (!auth) throw new SchemaPolicyError(`${coordinate} has no @auth directive`);
  const roles = ((auth['roles'] ?? []) as string[]).filter(isRole);
  const isPublic = auth['public'] === true;
  if (isPublic && !PUBLIC_FIELDS.has(coordinate)) {
    throw new SchemaPolicyError(`${coordinate} may not be public`);
  }
  if (!isPublic && roles.length === 0) {
    throw new SchemaPolicyError(`${coordinate} names no roles in @auth`);
  }
  const purpose = getDirective(schema, field, 'purpose')?.[0] !== undefined;
  return { roles, public: isPublic, purpose };
}

/**
 * Wraps every root field's resolver with its declared policy, checked in this order:
 * session, role, stated purpose, and for mutations the CSRF double submit. The schema fails
 * to build if a root field lacks `@auth`, so no resolver can answer unguarded.
 */
export function applyAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (!ROOT_TYPES.has(typeName)) return field;
      const coordinate = `${typeName}.${fieldName}`;
      const policy = fieldPolicy(schema, field, coordinate);
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: ApiContext, info) {
          if (!policy.public) {
            if (!context.user) throw new UnauthenticatedError();
            if (!policy.roles.includes(context.user.role)) {
              throw new ForbiddenError(coordinate, policy.roles);
            }
            if (policy.purpose && !context.purpose) throw new PurposeRequiredError();
          }
          if (typeName === 'Mutation' && !context.request.csrfValid) throw new CsrfError();
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
