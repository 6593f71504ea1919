import { isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from './schema/build-schema.js';

describe('schema under graphql-jit', () => {
  it('declares no default on an input field, which graphql-jit would not apply', () => {
    const withDefaults = Object.values(buildSchema().getTypeMap())
      .filter(isInputObjectType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.defaultValue !== undefined)
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(withDefaults).toEqual([]);
  });
});
