import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../src/modules/index.js';

/** One callable operation per root field, with dummy values for required arguments. */
export interface RootOperation {
  coordinate: string;
  query: string;
  roles: string[];
  public: boolean;
  purpose: boolean;
}

function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => `${f.name}: ${dummy(f.type)}`);
    return `{ ${fields.join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return '1';
      case 'Float':
        return '0.5';
      case 'Boolean':
        return 'false';
      case 'JSON':
        return '{}';
      default:
        return '"arna-test-dummy"';
    }
  }
  return 'null';
}

function directiveArgs(field: GraphQLField<unknown, unknown>) {
  const auth = field.astNode?.directives?.find((d) => d.name.value === 'auth');
  const rolesArg = auth?.arguments?.find((a) => a.name.value === 'roles');
  const roles =
    rolesArg?.value.kind === 'ListValue'
      ? rolesArg.value.values.flatMap((v) => (v.kind === 'EnumValue' ? [v.value] : []))
      : [];
  const isPublic = Boolean(
    auth?.arguments?.some(
      (a) => a.name.value === 'public' && a.value.kind === 'BooleanValue' && a.value.value,
    ),
  );
  const purpose = Boolean(field.astNode?.directives?.some((d) => d.name.value === 'purpose'));
  return { roles, public: isPublic, purpose };
}

export function rootOperations(
  schema: GraphQLSchema = buildASTSchema(loadTypeDefs()),
): RootOperation[] {
  return (['Query', 'Mutation'] as const).flatMap((typeName) => {
    const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
    if (!type) return [];
    return Object.values(type.getFields()).map((field) => {
      const args = field.args
        .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
        .map((a) => `${a.name}: ${dummy(a.type)}`);
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      const call = `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection}`;
      return {
        coordinate: `${typeName}.${field.name}`,
        query: `${typeName === 'Query' ? 'query' : 'mutation'} { ${call} }`,
        ...directiveArgs(field),
      };
    });
  });
}
