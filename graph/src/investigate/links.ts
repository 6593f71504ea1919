import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import type { LinkRecord } from './graph-view.js';
import { refOfNode, sourceOf, type PlainNode } from './nodes.js';

export interface ReadLink {
  link: LinkRecord;
  start: PlainNode;
  end: PlainNode;
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
  const links = rows.map((row) => {
    const start = row['start'] as PlainNode;
    const end = row['end'] as PlainNode;
    return {
      link: {
        type: String(row['type']).toLowerCase(),
        start: refOfNode(start),
        end: refOfNode(end),
        source: sourceOf(row['props'] as Record<string, unknown>),
      },
      start,
      end,
    };
  });
  return { links, truncated: rows.some((row) => row['truncated'] === true) };
}
