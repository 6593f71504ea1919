import { describe, expect, it } from 'vitest';
import { cellText, rowCells } from './result-cells';

describe('result cells', () => {
  it('shows a map as name: value pairs, as a pattern returns its evidence items', () => {
    expect(cellText({ entry: 'crossings.csv:12', exit: 'crossings.csv:40', country: 'RUS' })).toBe(
      'entry: crossings.csv:12, exit: crossings.csv:40, country: RUS',
    );
    expect(cellText([{ src: 'trips.csv:3' }, { src: 'trips.csv:9' }])).toBe(
      'src: trips.csv:3; src: trips.csv:9',
    );
  });
  it('keeps nested values readable and shortens long lists', () => {
    expect(cellText({ at: { x: 1 } })).toBe('at: {"x":1}');
    expect(cellText([1, 2, 3, 4, 5, 6])).toBe('1; 2; 3; 4 … (+2)');
    expect(cellText(null)).toBe('');
    expect(cellText(7)).toBe('7');
  });
  it('rounds fractions to three decimals, as a score is compared', () => {
    expect(cellText(0.23608160417241994)).toBe('0.236');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(0.000123456)).toBe('0.000123');
    expect(cellText({ score: 0.85043138077 })).toBe('score: 0.85');
    expect(cellText(1024)).toBe('1024');
  });
  it('reads a row by its columns', () => {
    expect(rowCells({ a: 'x', b: 2 }, ['b', 'a'])).toEqual(['2', 'x']);
  });
});
