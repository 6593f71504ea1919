import { describe, expect, it } from 'vitest';
import { greedyMatch, jaccard } from './jaccard.js';

describe('jaccard', () => {
  it('measures overlap over union', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBeCloseTo(0.5);
    expect(jaccard(new Set([1]), new Set([2]))).toBe(0);
    expect(jaccard(new Set<number>(), new Set<number>())).toBe(1);
  });

  it('matches one-to-one, best pairs first, above the threshold', () => {
    const current = [new Set(['a', 'b', 'c']), new Set(['x', 'y']), new Set(['a', 'b'])];
    const previous = [new Set(['a', 'b', 'c', 'd']), new Set(['q'])];
    const matches = greedyMatch(current, previous, 0.5);
    expect(matches).toEqual([{ current: 0, previous: 0, similarity: 0.75 }]);
  });
});
