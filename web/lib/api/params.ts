import type { PatternParam } from './types';

/** `$name` placeholders of a Cypher text, in order of first use. */
export function paramNames(cypher: string): string[] {
  const withoutComments = cypher.replace(/\/\/.*$/gm, '');
  return [
    ...new Set(
      [...withoutComments.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? ''),
    ),
  ];
}

/** Keeps declared parameters that are still used and adds new placeholders as strings. */
export function syncParams(cypher: string, declared: PatternParam[]): PatternParam[] {
  return paramNames(cypher).map(
    (name) =>
      declared.find((param) => param.name === name) ?? { name, type: 'string', description: '' },
  );
}

/** Converts the text typed for a parameter to its declared type. */
export function typedValue(param: PatternParam, text: string): unknown {
  const value = text.trim();
  switch (param.type) {
    case 'int':
      return Number.parseInt(value, 10);
    case 'float':
      return Number.parseFloat(value);
    case 'list<string>':
      return value
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((item) => item.trim().replace(/^["']|["']$/g, ''))
        .filter(Boolean);
    default:
      return value;
  }
}
