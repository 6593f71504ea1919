import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testExecutor } from '../../test/neo4j.js';
import type { Executor } from '../db/executor.js';
import { loadChannelFixture } from './fixtures/index.js';
import { warmUp } from './warm-up.js';

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
});

afterAll(async () => {
  await executor.close();
});

describe('warmUp', () => {
  it('has nothing to start from in an empty graph', async () => {
    await resetDatabase(executor);
    expect((await warmUp(executor)).calls).toEqual([]);
  });

  it('runs each investigation call once on a person and the best-ranked network, without errors', async () => {
    await resetDatabase(executor);
    await loadChannelFixture(executor);
    const report = await warmUp(executor);
    expect(report.calls.map((c) => [c.call, c.error])).toEqual([
      ['profile', null],
      ['expand', null],
      ['timeline', null],
      ['search', null],
      ['network', null],
      ['network timeline', null],
    ]);
  });
});
