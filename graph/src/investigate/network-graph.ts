import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { annotate, NO_ANNOTATION } from './annotations.js';
import { EntityNotFoundError } from './errors.js';
import { networkFacts } from './fact-queries.js';
import { GraphViewBuilder, type GraphView } from './graph-view.js';
import { readLinks } from './links.js';
import { summarize, type PlainNode } from './nodes.js';

/** Events read to draw a network's edges; a network's own records rarely come near it. */
const MAX_NETWORK_EVENTS = 5000;
/** Register relations read per member. */
const LINKS_PER_MEMBER = 100;

/**
 * A detected network as a graph view: its members (hop 0) and, in the folded form, the
 * events and register relations between them, with sources. Events with one member only
 * (a migrant's entry by a national airline) add no edge. EntityNotFoundError for an
 * unknown network.
 */
export async function networkGraph(executor: Executor, networkId: string): Promise<GraphView> {
  const [memberRows, page] = await Promise.all([
    executor.run(
      cypherFile('queries/investigate-network-members'),
      { networkId },
      {
        label: 'investigate:network-members',
      },
    ),
    networkFacts(executor, networkId, { from: null, to: null, limit: MAX_NETWORK_EVENTS }),
  ]);
  if (!page) throw new EntityNotFoundError(`network:${networkId}`);
  const builder = new GraphViewBuilder();
  const elementIds = new Map<string, string>();
  for (const row of memberRows) {
    const node = row['node'] as PlainNode;
    const summary = summarize(node);
    builder.addNode(summary, 0);
    elementIds.set(summary.ref, node.elementId);
  }
  for (const fact of page.facts) builder.addFoldedEvent(fact);
  const ids = [...elementIds.values()];
  const [links, annotations] = await Promise.all([
    readLinks(executor, ids, LINKS_PER_MEMBER),
    annotate(executor, ids),
  ]);
  for (const { link } of links.links) builder.addLink(link);
  const truncated = page.total > page.facts.length || links.truncated;
  return builder.build(
    truncated,
    (ref) => annotations.get(elementIds.get(ref) ?? '') ?? NO_ANNOTATION,
  );
}
