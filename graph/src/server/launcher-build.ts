import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../config.js';
import { LocalServerError } from '../errors.js';

export const launcherDir = path.join(repoRoot, 'neo4j-launcher');
const jar = path.join(launcherDir, 'target', 'arna-neo4j-launcher-1.0.0.jar');
const lib = path.join(launcherDir, 'target', 'lib');

/** The JVM class path of the launcher; builds it with Maven on first use. */
export function launcherClassPath(log: (line: string) => void = () => undefined): string {
  if (!existsSync(jar) || !existsSync(lib)) {
    log('building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26)…');
    const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: launcherDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.error) {
      throw new LocalServerError(
        `cannot run Maven (${result.error.message}); install Maven and Java 17+`,
      );
    }
    if (result.status !== 0) {
      throw new LocalServerError(`Maven failed to build ${launcherDir} (exit ${result.status})`);
    }
  }
  return `${jar}${path.delimiter}${path.join(lib, '*')}`;
}
