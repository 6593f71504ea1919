import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launcherBuildNeeded } from './launcher-build.js';

let dir: string;

/** A launcher folder whose files were last changed at the given seconds. */
function launcher(times: { pom: number; source: number; jar?: number }): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'launcher-'));
  const write = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
    utimesSync(path.join(dir, file), seconds, seconds);
  };
  write('pom.xml', times.pom);
  write('src/main/java/kz/arna/neo4j/Launcher.java', times.source);
  if (times.jar !== undefined) {
    write('target/arna-neo4j-launcher-1.0.0.jar', times.jar);
    mkdirSync(path.join(dir, 'target/lib'));
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('launcherBuildNeeded', () => {
  it('builds a launcher that was never built', () => {
    expect(launcherBuildNeeded(launcher({ pom: 1000, source: 1000 }))).toBe('missing');
  });

  it('keeps a jar built after its sources', () => {
    expect(launcherBuildNeeded(launcher({ pom: 1000, source: 1000, jar: 2000 }))).toBe(false);
  });

  it('rebuilds when a source file changed after the jar', () => {
    expect(launcherBuildNeeded(launcher({ pom: 1000, source: 3000, jar: 2000 }))).toBe('stale');
  });

  it('rebuilds when pom.xml changed after the jar', () => {
    expect(launcherBuildNeeded(launcher({ pom: 3000, source: 1000, jar: 2000 }))).toBe('stale');
  });
});
