/**
 * Community detection by modularity optimisation: the Louvain method.
 *
 * V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of communities
 * in large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008;
 * resolution γ after J. Reichardt, S. Bornholdt, Phys. Rev. E 74 (2006) 016110,
 * doi:10.1103/PhysRevE.74.016110.
 *
 * A thin, seeded wrapper around graphology-communities-louvain: the same seed and graph give
 * the same partition, which keeps detection reproducible and network ids stable.
 */
import type Graph from 'graphology';
import louvainImpl from 'graphology-communities-louvain';
import { mulberry32 } from './rng.js';

export interface LouvainSettings {
  seed: number;
  /** γ > 1 favours smaller communities, γ < 1 larger ones. */
  resolution?: number;
  /** Edge attribute holding the weight (default `weight`). */
  weightAttribute?: string;
}

export interface Partition {
  /** node key → community number (0..count-1). */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

export function louvain(graph: Graph, settings: LouvainSettings): Partition {
  if (graph.order === 0) return { communities: {}, count: 0, modularity: 0 };
  const detailed = louvainImpl.detailed(graph, {
    getEdgeWeight: settings.weightAttribute ?? 'weight',
    resolution: settings.resolution ?? 1,
    rng: mulberry32(settings.seed),
  });
  return {
    communities: detailed.communities,
    count: detailed.count,
    modularity: detailed.modularity,
  };
}
