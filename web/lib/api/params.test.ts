import { describe, expect, it } from 'vitest';
import { paramNames, syncParams, typedValue } from './params';

describe('query parameters', () => {
  it('finds placeholders once, ignoring comments', () => {
    const cypher =
      '// $ignored\nMATCH (p) WHERE p.x > $min AND p.y IN $countries RETURN p LIMIT $min';
    expect(paramNames(cypher)).toEqual(['min', 'countries']);
  });

  it('keeps declared types and adds new placeholders as strings', () => {
    const synced = syncParams('RETURN $a, $b', [{ name: 'b', type: 'int', description: 'x' }]);
    expect(synced).toEqual([
      { name: 'a', type: 'string', description: '' },
      { name: 'b', type: 'int', description: 'x' },
    ]);
  });

  it('converts typed values', () => {
    expect(typedValue({ name: 'n', type: 'int', description: '' }, ' 12 ')).toBe(12);
    expect(typedValue({ name: 'n', type: 'float', description: '' }, '0.5')).toBe(0.5);
    expect(
      typedValue({ name: 'n', type: 'list<string>', description: '' }, '["AFG", PAK]'),
    ).toEqual(['AFG', 'PAK']);
    expect(typedValue({ name: 'n', type: 'date', description: '' }, '2025-01-01')).toBe(
      '2025-01-01',
    );
  });
});
