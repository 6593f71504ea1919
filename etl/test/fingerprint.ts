import { createHash } from 'node:crypto';
import { cypherFile, type Executor } from '@arna/graph';

/** Properties that record when something ran, not what the graph holds. */
const TIMESTAMPS = new Set(['startedAt', 'finishedAt']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !TIMESTAMPS.has(k))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface GraphFingerprint {
  hash: string;
  nodes: number;
  relationships: number;
  /** Sorted canonical lines, to show a difference when hashes differ. */
  lines: string[];
}

/**
 * A fingerprint of the whole graph independent of internal ids and timestamps: every node
 * as its labels and properties, every relationship as its type and properties between the
 * canonical forms of its end nodes; sorted and hashed.
 */
export async function fingerprint(executor: Executor): Promise<GraphFingerprint> {
  const nodes = await executor.run(cypherFile('test/fingerprint-nodes'));
  const byId = new Map<string, string>();
  for (const n of nodes) {
    byId.set(
      String(n['id']),
      `${[...(n['labels'] as string[])].sort().join(':')}${canonical(n['props'])}`,
    );
  }
  const rels = await executor.run(cypherFile('test/fingerprint-relationships'));
  const lines = [
    ...byId.values(),
    ...rels.map(
      (r) =>
        `${byId.get(String(r['start']))} -[${String(r['type'])}${canonical(r['props'])}]-> ${byId.get(String(r['end']))}`,
    ),
  ].sort();
  const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { hash, nodes: nodes.length, relationships: rels.length, lines };
}
