import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../config.js';
import { CypherFileNotFoundError } from '../errors.js';

const cache = new Map<string, string>();

/**
 * Loads `cypher/<name>.cypher` (e.g. `queries/investigate-entity-profile`). Cypher lives in files with a
 * header; code refers to it by name and never pastes it.
 */
export function cypherFile(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(cypherDir, `${name}.cypher`);
  if (!existsSync(file)) throw new CypherFileNotFoundError(name);
  const text = readFileSync(file, 'utf8');
  cache.set(name, text);
  return text;
}

/** Names (without extension) of the `.cypher` files of one folder of `cypher/`, sorted. */
export function cypherFilesIn(folder: string): string[] {
  const dir = path.join(cypherDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `${folder}/${f.slice(0, -'.cypher'.length)}`);
}

/**
 * Splits a multi-statement file on `;` at the end of a line, dropping `//` comment lines.
 * Used for schema files, which hold one DDL statement each per `;`.
 */
export function splitStatements(text: string): string[] {
  const lines = text.split('\n').filter((line) => !line.trimStart().startsWith('//'));
  return lines
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
