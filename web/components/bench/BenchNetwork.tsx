'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { syntheticNetwork } from '@/lib/graph/synthetic';
import NetworkExplorer from '@/components/network/NetworkExplorer';

const noSubscription = () => () => undefined;

/**
 * A synthetic network in the network view. Built in the browser only, as a lead's network
 * is (it comes from the API after the page loads): rendering it on the server would put the
 * server's work on a graph nobody sees into the measured time to the first frame.
 */
export default function BenchNetwork({ nodes, edges }: { nodes: number; edges: number }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const graph = useMemo(
    () => (inBrowser ? syntheticNetwork(nodes, edges) : undefined),
    [inBrowser, nodes, edges],
  );
  return (
    <main className="content">{graph && <NetworkExplorer initial={graph} live={false} />}</main>
  );
}
