import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@arna/graph';
import { resetDatabase, testExecutor } from '@arna/graph/testing';
import { generateDrop } from '../synth/index.js';
import { loadDrop } from '../index.js';
import { fingerprint } from '../../test/fingerprint.js';

const executor = testExecutor();
const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'arna-etl-resume-')), 'drop');

beforeAll(() => {
  generateDrop(dir, { scale: 0.1, seed: 5 });
});

afterAll(async () => {
  await executor.close();
});

async function progressMarks(): Promise<{ files: number; done: number }> {
  const rows = await executor.run(
    'MATCH (p:LoadProgress) RETURN count(p) AS files, sum(CASE WHEN p.done THEN 1 ELSE 0 END) AS done',
  );
  return { files: Number(rows[0]?.['files']), done: Number(rows[0]?.['done']) };
}

/** Runs `npx arna load` in its own process group and SIGKILLs it once 3 files are under way. */
async function killMidLoad(): Promise<{ files: number; done: number }> {
  const child = spawn('npx', ['arna', 'load', dir, '--batch-size', '25'], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NEO4J_URI: executor.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'test',
    },
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let finished = false;
  void exited.then(() => (finished = true));
  try {
    for (;;) {
      const marks = await progressMarks();
      if (marks.files >= 3 && marks.done < marks.files) {
        process.kill(-child.pid!, 'SIGKILL');
        await exited;
        return marks;
      }
      if (finished) throw new Error('the load finished before it could be killed');
      await sleep(50);
    }
  } finally {
    if (!finished) process.kill(-child.pid!, 'SIGKILL');
  }
}

describe('kill and resume', () => {
  it('a load killed mid-way and re-run ends in the same graph as an uninterrupted one', async () => {
    await resetDatabase(executor);
    const atKill = await killMidLoad();
    expect(atKill.files).toBeGreaterThanOrEqual(3);
    const unfinished = await executor.run('MATCH (l:Load) RETURN l.finishedAt AS finishedAt');
    expect(unfinished).toEqual([{ finishedAt: null }]);

    const resumed = await loadDrop(executor, dir, { batchSize: 25 });
    expect(Object.values(resumed.files).some((f) => f.resumedAfterLine > 0)).toBe(true);
    const afterResume = await fingerprint(executor);

    await resetDatabase(executor);
    const straight = await loadDrop(executor, dir);
    expect(straight.totals).toMatchObject({
      read: resumed.totals.read,
      loaded: resumed.totals.loaded,
      rejected: resumed.totals.rejected,
      merged: resumed.totals.merged,
    });
    const uninterrupted = await fingerprint(executor);

    const onlyResumed = afterResume.lines.filter((l) => !uninterrupted.lines.includes(l));
    const onlyStraight = uninterrupted.lines.filter((l) => !afterResume.lines.includes(l));
    expect({
      onlyResumed: onlyResumed.slice(0, 5),
      onlyStraight: onlyStraight.slice(0, 5),
    }).toEqual({
      onlyResumed: [],
      onlyStraight: [],
    });
    expect(afterResume.hash).toBe(uninterrupted.hash);
    expect(afterResume.nodes).toBeGreaterThan(1000);
  }, 600_000);
});
