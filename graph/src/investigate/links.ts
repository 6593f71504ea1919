import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import type { LinkRecord } from './graph-view.js';
import { refOfNode, sourceOf, type PlainNode } from './nodes.js';

export interface ReadLink {
  link: LinkRecord;
  start: PlainNode;
  end: PlainNode;
}

/** A register relation as read from the graph: its type, both ends, and its properties. */
export function readLink(
  type: string,
  start: PlainNode,
  end: PlainNode,
  props: Record<string, unknown>,
): ReadLink {
  return { link: linkRecord(type, refOfNode(start), refOfNode(end), props), start, end };
}

/** A register relation between two references, with its relationship type and properties. */
export function linkRecord(
  type: string,
  start: string,
  end: string,
  props: Record<string, unknown>,
): LinkRecord {
  return { type: type.toLowerCase(), start, end, source: sourceOf(props) };
}

/**
 * Register relations (director, founder, lives_at, …) of some nodes, at most `perNode` each;
 * `truncated` when some node had more.
 */
export async function readLinks(
  executor: Executor,
  ids: string[],
  perNode: number,
): Promise<{ links: ReadLink[]; truncated: boolean }> {
  const rows = await executor.run(
    cypherFile('queries/investigate-expand-links'),
    { ids, perNode },
    { label: 'investigate:links' },
  );
  const links = rows.map((row) =>
    readLink(
      String(row['type']),
      row['start'] as PlainNode,
      row['end'] as PlainNode,
      row['props'] as Record<string, unknown>,
    ),
  );
  return { links, truncated: rows.some((row) => row['truncated'] === true) };
}
