import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './executor.js';

describe('toPlain', () => {
  it('keeps lists of plain values as they are', () => {
    const list = [['4:db:1', 'Person', ['Ахметов', null, 3]], 'x', 2, true];
    expect(toPlain(list)).toBe(list);
  });

  it('converts driver values at any depth, copying only the lists that hold them', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Person'], { iin: '850303300017' }, '4:db:7');
    const list = [
      'a',
      [neo4j.int(5), 'b'],
      { on: new neo4j.types.Date(2025, 3, 1) },
      node,
      undefined,
    ];
    expect(toPlain(list)).toEqual([
      'a',
      [5, 'b'],
      { on: '2025-03-01' },
      { elementId: '4:db:7', labels: ['Person'], properties: { iin: '850303300017' } },
      null,
    ]);
    expect(list[1]).toEqual([neo4j.int(5), 'b']);
  });
});
