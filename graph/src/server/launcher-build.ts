import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../config.js';
import { LocalServerError } from '../errors.js';

export const launcherDir = path.join(repoRoot, 'neo4j-launcher');
const JAR = path.join('target', 'arna-neo4j-launcher-1.0.0.jar');
const LIB = path.join('target', 'lib');

/**
 * The JVM class path of the launcher; builds it with Maven on first use, and again when its
 * sources changed since (a pulled change to `Launcher.java` or `pom.xml` would otherwise run
 * the old jar).
 */
export function launcherClassPath(log: (line: string) => void = () => undefined): string {
  const build = launcherBuildNeeded(launcherDir);
  if (build) {
    log(
      build === 'missing'
        ? 'building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26)…'
        : 'rebuilding the local Neo4j launcher with Maven: its sources changed…',
    );
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
  return `${path.join(launcherDir, JAR)}${path.delimiter}${path.join(launcherDir, LIB, '*')}`;
}

/**
 * Whether the launcher in `dir` must be built: `missing` (no jar or no libraries), `stale`
 * (`pom.xml` or a file under `src/` is newer than the jar), or false.
 */
export function launcherBuildNeeded(dir: string): 'missing' | 'stale' | false {
  const jar = path.join(dir, JAR);
  if (!existsSync(jar) || !existsSync(path.join(dir, LIB))) return 'missing';
  const built = statSync(jar).mtimeMs;
  const sources = [path.join(dir, 'pom.xml'), ...filesUnder(path.join(dir, 'src'))];
  return sources.some((file) => existsSync(file) && statSync(file).mtimeMs > built)
    ? 'stale'
    : false;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile());
}
