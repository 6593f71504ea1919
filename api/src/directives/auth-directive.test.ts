import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildASTSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../modules/index.js';
import { applyAuthDirectives, PUBLIC_FIELDS, SchemaPolicyError } from './auth-directive.js';

const ROLES = new Set(['INVESTIGATOR', 'ANALYST', 'SUPERVISOR', 'ADMIN']);

describe('@auth on every root field', () => {
  const schema = buildASTSchema(loadTypeDefs());

  const rootFields = ['Query', 'Mutation', 'Subscription'].flatMap((typeName) => {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) return [];
    return Object.values(type.getFields()).map((field) => ({
      coordinate: `${typeName}.${field.name}`,
      field,
    }));
  });

  it('finds the root fields of every module', () => {
    const names = rootFields.map((f) => f.coordinate);
    expect(names).toEqual(
      expect.arrayContaining(['Query.me', 'Mutation.login', 'Query.leads', 'Query.runSavedQuery']),
    );
  });

  it.each(rootFields.map((f) => [f.coordinate, f.field] as const))(
    '%s declares @auth',
    (coordinate, field) => {
      const auth = field.astNode?.directives?.find((d) => d.name.value === 'auth');
      expect(auth, `${coordinate} lacks @auth`).toBeDefined();
      const roles = auth?.arguments?.find((a) => a.name.value === 'roles');
      const isPublic = auth?.arguments?.some(
        (a) => a.name.value === 'public' && a.value.kind === 'BooleanValue' && a.value.value,
      );
      if (isPublic) {
        expect(PUBLIC_FIELDS.has(coordinate)).toBe(true);
      } else {
        expect(roles?.value.kind).toBe('ListValue');
        const values = roles?.value.kind === 'ListValue' ? roles.value.values : [];
        expect(values.length).toBeGreaterThan(0);
        for (const value of values)
          expect(ROLES.has(value.kind === 'EnumValue' ? value.value : '')).toBe(true);
      }
    },
  );

  it('refuses to build a schema with a root field without @auth', () => {
    const bad = makeExecutableSchema({
      typeDefs: [
        'directive @auth(roles: [String!]! = [], public: Boolean = false) on FIELD_DEFINITION',
        'directive @purpose on FIELD_DEFINITION',
        'type Query { open: String, guarded: String @auth(roles: ["ADMIN"]) }',
      ],
    });
    expect(() => applyAuthDirectives(bad)).toThrow(SchemaPolicyError);
    expect(() => applyAuthDirectives(bad)).toThrow(/Query.open has no @auth/);
  });

  it('refuses public fields other than login', () => {
    const bad = makeExecutableSchema({
      typeDefs: [
        'directive @auth(roles: [String!]! = [], public: Boolean = false) on FIELD_DEFINITION',
        'type Query { leak: String @auth(public: true) }',
      ],
    });
    expect(() => applyAuthDirectives(bad)).toThrow(/Query.leak may not be public/);
  });
});
