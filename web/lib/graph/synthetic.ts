import type { EntityKind, SubGraph } from '@/lib/api/types';

const kinds: EntityKind[] = [
  'person',
  'organization',
  'foreigner',
  'address',
  'phone',
  'vehicle',
  'document',
];

/**
 * A deterministic community-structured graph of the given size (for the UI benchmark):
 * nodes fall into communities of ~50; 85 % of edges stay inside a community.
 */
export function syntheticNetwork(nodeCount: number, edgeCount: number, seed = 394): SubGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const communities = Math.max(1, Math.round(nodeCount / 50));
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    ref: `person:${String(index).padStart(12, '0')}`,
    kind: kinds[index % kinds.length] ?? 'person',
    label: `N${index}`,
    community: String(index % communities),
    ...(index < communities ? { organizerRank: 1, role: 'organizer' } : {}),
  }));
  const edges: SubGraph['edges'] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const b =
      random() < 0.85
        ? (Math.floor(random() * (nodeCount / communities)) * communities + (a % communities)) %
          nodeCount
        : Math.floor(random() * nodeCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: key,
      source: nodes[a]?.ref ?? '',
      target: nodes[b]?.ref ?? '',
      type: 'registration',
      count: 1,
      facts: [],
    });
  }
  return { nodes, edges, truncated: false };
}
