'use client';

import { useMemo } from 'react';
import { syntheticNetwork } from '@/lib/graph/synthetic';
import NetworkExplorer from '@/components/network/NetworkExplorer';

export default function BenchNetwork({ nodes, edges }: { nodes: number; edges: number }) {
  const graph = useMemo(() => syntheticNetwork(nodes, edges), [nodes, edges]);
  return (
    <main className="content">
      <NetworkExplorer initial={graph} live={false} />
    </main>
  );
}
