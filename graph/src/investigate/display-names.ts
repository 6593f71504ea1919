import type { Executor } from '../db/executor.js';
import { summarize } from './nodes.js';
import { parseRef } from './refs.js';
import { resolveRefs } from './resolve.js';

/**
 * Display names (a person's full name, a firm's name…) of many references with one seek,
 * for lists that show parties by name. A reference the graph does not hold, or whose node
 * has no name beyond its key, is left out: the caller shows the identifier alone.
 */
export async function displayNames(
  executor: Executor,
  refs: readonly string[],
): Promise<Map<string, string>> {
  const parsed = [...new Set(refs)].map((ref) => parseRef(ref));
  const nodes = await resolveRefs(executor, parsed);
  const names = new Map<string, string>();
  for (const { ref, key } of parsed) {
    const node = nodes.get(ref);
    const label = node ? summarize(node).label : null;
    if (label && label !== key) names.set(ref, label);
  }
  return names;
}
