import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { summarize, type PlainNode } from './nodes.js';
import { parseRef } from './refs.js';
import { resolveRefs } from './resolve.js';

/**
 * Display names (a person's full name, a firm's name…) of many references with one seek,
 * for lists that show parties by name. A document is named by its holders (a lead names a
 * migrant by the passport). A reference the graph does not hold, or whose node has no name
 * beyond its key, is left out: the caller shows the identifier alone.
 */
export async function displayNames(
  executor: Executor,
  refs: readonly string[],
): Promise<Map<string, string>> {
  const parsed = [...new Set(refs)].map((ref) => parseRef(ref));
  const nodes = await resolveRefs(executor, parsed);
  const documents = parsed.flatMap(({ ref, kind }) => {
    const node = nodes.get(ref);
    return kind === 'document' && node ? [node.elementId] : [];
  });
  const holders = await holderNames(executor, documents);
  const names = new Map<string, string>();
  for (const { ref, kind, key } of parsed) {
    const node = nodes.get(ref);
    if (!node) continue;
    const label = kind === 'document' ? holders.get(node.elementId) : summarize(node).label;
    if (label && label !== key) names.set(ref, label);
  }
  return names;
}

/** The names of each document's holders, joined by " / ", by the document's element id. */
async function holderNames(
  executor: Executor,
  documentIds: string[],
): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = await executor.run(
    cypherFile('queries/investigate-document-holders'),
    { ids: documentIds },
    { label: 'investigate:document-holders' },
  );
  const names = new Map<string, string[]>();
  for (const row of rows) {
    const id = String(row['elementId']);
    const name = summarize(row['holder'] as PlainNode).label;
    const known = names.get(id) ?? [];
    if (!known.includes(name)) names.set(id, [...known, name]);
  }
  return new Map([...names].map(([id, list]) => [id, list.join(' / ')]));
}
