import { describe, expect, it } from 'vitest';
import { AppValidationError } from './errors.js';
import { pageWindow } from './page-window.js';

describe('pageWindow', () => {
  it('passes a page within bounds', () => {
    expect(pageWindow(0, 0, 100)).toEqual({ offset: 0, limit: 0 });
    expect(pageWindow(1_000_000_000, 100, 100)).toEqual({ offset: 1_000_000_000, limit: 100 });
  });

  it.each([
    [-1, 20, 'offset'],
    [1.5, 20, 'offset'],
    [2_147_483_647, 20, 'offset'],
    [0, -1, 'limit'],
    [0, 101, 'limit'],
    [0, Number.NaN, 'limit'],
  ])('refuses offset %d, limit %d, naming the %s', (offset, limit, field) => {
    const error = (() => {
      try {
        pageWindow(offset, limit, 100);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppValidationError);
    expect((error as AppValidationError).field).toBe(field);
    expect((error as Error).message).toMatch(`${field} must be a whole number`);
  });
});
