import { describe, expect, it } from 'vitest';
import { concurrently } from './concurrently.js';

describe('concurrently', () => {
  it('keeps job order and never runs more than the given number at once', async () => {
    let running = 0;
    let most = 0;
    const job = (value: number, ms: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return value;
    };
    const results = await concurrently([job(1, 30), job(2, 5), job(3, 5), job(4, 20)], 2);
    expect(results).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
  });
  it('passes a failing job on', async () => {
    await expect(
      concurrently([() => Promise.resolve(1), () => Promise.reject(new Error('boom'))]),
    ).rejects.toThrow('boom');
  });
});
