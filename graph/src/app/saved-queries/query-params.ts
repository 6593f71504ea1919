import neo4j from 'neo4j-driver';
import { AppValidationError } from '../errors.js';

/** Parameter types of saved queries: the same set as pattern headers. */
export const QUERY_PARAM_TYPES = ['int', 'float', 'string', 'date', 'list<string>'] as const;
export type QueryParamType = (typeof QUERY_PARAM_TYPES)[number];
export type QueryParamValue = number | string | string[];

export interface QueryParam {
  name: string;
  type: QueryParamType;
  /** null = the caller must give a value. */
  default: QueryParamValue | null;
  description: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
const MAX_STRING = 1_000;
const MAX_LIST = 1_000;

function isType(value: string): value is QueryParamType {
  return (QUERY_PARAM_TYPES as readonly string[]).includes(value);
}

/** Checks declared parameters (names, types, defaults of the declared type). */
export function checkParamDefinitions(params: readonly QueryParam[]): QueryParam[] {
  const seen = new Set<string>();
  return params.map((param) => {
    if (!NAME.test(param.name)) {
      throw new AppValidationError(`parameter name "${param.name}" is not an identifier`, 'params');
    }
    if (seen.has(param.name)) {
      throw new AppValidationError(`parameter "${param.name}" is declared twice`, 'params');
    }
    seen.add(param.name);
    if (!isType(param.type)) {
      throw new AppValidationError(
        `parameter "${param.name}": type must be one of ${QUERY_PARAM_TYPES.join(', ')}`,
        'params',
      );
    }
    const defaultValue =
      param.default === null || param.default === undefined ? null : coerce(param, param.default);
    return {
      name: param.name,
      type: param.type,
      default: defaultValue,
      description: param.description ?? '',
    };
  });
}

/**
 * The values to run with: defaults merged with the given values, each coerced to its
 * declared type; unknown names and missing required values are refused. Integers go to
 * Neo4j as integers (a JS number would arrive as a float and break `LIMIT $n`).
 */
export function bindParams(
  declared: readonly QueryParam[],
  given: Record<string, unknown> = {},
): { values: Record<string, QueryParamValue>; driverParams: Record<string, unknown> } {
  const byName = new Map(declared.map((p) => [p.name, p]));
  for (const name of Object.keys(given)) {
    if (!byName.has(name)) throw new AppValidationError(`unknown parameter "${name}"`, name);
  }
  const values: Record<string, QueryParamValue> = {};
  const driverParams: Record<string, unknown> = {};
  for (const param of declared) {
    const raw = given[param.name];
    const value = raw === undefined || raw === null ? param.default : coerce(param, raw);
    if (value === null)
      throw new AppValidationError(`parameter "${param.name}" is required`, param.name);
    values[param.name] = value;
    driverParams[param.name] = param.type === 'int' ? neo4j.int(value as number) : value;
  }
  return { values, driverParams };
}

function coerce(param: QueryParam, raw: unknown): QueryParamValue {
  const fail = (why: string): never => {
    throw new AppValidationError(`parameter "${param.name}" (${param.type}): ${why}`, param.name);
  };
  switch (param.type) {
    case 'int': {
      const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return fail('not an integer');
      return n;
    }
    case 'float': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) return fail('not a number');
      return n;
    }
    case 'string':
      if (typeof raw !== 'string') return fail('not a string');
      if (raw.length > MAX_STRING) return fail(`longer than ${MAX_STRING} characters`);
      return raw;
    case 'date': {
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw))
        return fail('not YYYY-MM-DD');
      const parsed = new Date(`${raw}T00:00:00Z`);
      if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== raw) {
        return fail('not a calendar date');
      }
      return raw;
    }
    case 'list<string>': {
      const list =
        typeof raw === 'string'
          ? raw
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : raw;
      if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
        return fail('not a list of strings');
      }
      if (list.length > MAX_LIST) return fail(`more than ${MAX_LIST} items`);
      return list as string[];
    }
  }
}
