import { cypherFile } from '../db/cypher-files.js';
import type { Reader } from './reader.js';
import type { GraphNode } from './graph-view.js';

export type Annotation = Pick<GraphNode, 'communityId' | 'networks' | 'records' | 'hub'>;

export const NO_ANNOTATION: Annotation = {
  communityId: null,
  networks: [],
  records: null,
  hub: false,
};

/** Records (events or relations) read per node when nothing else is asked. */
export const DEFAULT_PER_NODE = 100;

/**
 * Community, network roles and record counts of nodes (by element id), for colouring and
 * badging a graph view. A node with more event records than `perNode` is a hub.
 */
export async function annotate(
  reader: Reader,
  ids: string[],
  perNode: number = DEFAULT_PER_NODE,
): Promise<Map<string, Annotation>> {
  if (ids.length === 0) return new Map();
  const rows = await reader.run(
    cypherFile('queries/investigate-node-annotations'),
    { ids },
    { label: 'investigate:annotations' },
  );
  return new Map(
    rows.map((row) => {
      const eventRecords = row['eventRecords'] as number;
      return [
        row['id'] as string,
        {
          communityId: typeof row['communityId'] === 'number' ? row['communityId'] : null,
          networks: (row['networks'] as GraphNode['networks']) ?? [],
          records: eventRecords + (row['relations'] as number),
          hub: eventRecords > perNode,
        },
      ];
    }),
  );
}
