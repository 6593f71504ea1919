import { cypherFile } from '../db/cypher-files.js';
import type { Reader } from './reader.js';
import { EntityNotFoundError } from './errors.js';
import type { PlainNode } from './nodes.js';
import { parseRef, type ParsedRef } from './refs.js';

/**
 * Turns references into nodes once; the other queries then work on element ids, so the
 * label/key table lives in one query file.
 */
export async function resolveRefs(
  reader: Reader,
  refs: readonly ParsedRef[],
): Promise<Map<string, PlainNode>> {
  if (refs.length === 0) return new Map();
  const rows = await reader.run(
    cypherFile('queries/investigate-resolve-refs'),
    { refs: refs.map(({ ref, kind, key }) => ({ ref, kind, key })) },
    { label: 'investigate:resolve' },
  );
  return new Map(rows.map((row) => [row['ref'] as string, row['node'] as PlainNode]));
}

/** The node of one reference; EntityNotFoundError when nothing has it. */
export async function resolveRef(reader: Reader, ref: string | ParsedRef): Promise<PlainNode> {
  const parsed = typeof ref === 'string' ? parseRef(ref) : ref;
  const node = (await resolveRefs(reader, [parsed])).get(parsed.ref);
  if (!node) throw new EntityNotFoundError(parsed.ref);
  return node;
}
