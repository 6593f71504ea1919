import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { launcherClassPath } from './launcher-build.js';

/** The launcher run with `args`: its exit code and what it printed on stderr. */
function launch(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync('java', ['-cp', launcherClassPath(), 'kz.arna.neo4j.Launcher', ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

describe('the Neo4j launcher refuses bad arguments with exit code 2 and says why', () => {
  it.each([
    [['--port', 'abc', '--data', '/nonexistent'], '--port needs a number from 0 to 65535, got abc'],
    [['--data'], '--data needs a value'],
    [
      ['--pagecache', 'lots', '--data', '/nonexistent'],
      '--pagecache needs a size such as 512m or 1g',
    ],
    [['--bogus'], 'unknown argument --bogus'],
    [[], '--data DIR is required'],
  ])('%j', (args, message) => {
    const run = launch(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`arna-neo4j-launcher: ${message}`);
  });
});
