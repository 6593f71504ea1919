import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import type { GraphNode } from './graph-view.js';

export type Annotation = Pick<GraphNode, 'communityId' | 'networks'>;

export const NO_ANNOTATION: Annotation = { communityId: null, networks: [] };

/** Community and network roles of nodes (by element id), for colouring a graph view. */
export async function annotate(
  executor: Executor,
  ids: string[],
): Promise<Map<string, Annotation>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.run(
    cypherFile('queries/investigate-node-annotations'),
    { ids },
    { label: 'investigate:annotations' },
  );
  return new Map(
    rows.map((row) => [
      row['id'] as string,
      {
        communityId: typeof row['communityId'] === 'number' ? row['communityId'] : null,
        networks: (row['networks'] as GraphNode['networks']) ?? [],
      },
    ]),
  );
}
