/**
 * Personalised PageRank: the stationary distribution of a random walk that follows weighted
 * edges with probability d and jumps back to a prior (the personalisation vector) otherwise.
 *
 * L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing order
 * to the web", Stanford InfoLab (1999); T. H. Haveliwala, "Topic-sensitive PageRank",
 * WWW 2002, doi:10.1145/511446.511513.
 *
 * Used for role-aware organizer ranking: the prior is the pattern evidence against each
 * party, and the walk runs over control and contact links (director/founder, shared phone,
 * owned flat), so evidence against nominees flows to the person behind them.
 */
import type Graph from 'graphology';

export interface PageRankSettings {
  /** Damping d: probability of following an edge (default 0.85). */
  damping?: number;
  iterations?: number;
  tolerance?: number;
  weightAttribute?: string;
}

export function personalizedPageRank(
  graph: Graph,
  prior: ReadonlyMap<string, number>,
  settings: PageRankSettings = {},
): Map<string, number> {
  const damping = settings.damping ?? 0.85;
  const iterations = settings.iterations ?? 100;
  const tolerance = settings.tolerance ?? 1e-9;
  const weightOf = (edge: string): number => {
    const w: unknown = graph.getEdgeAttribute(edge, settings.weightAttribute ?? 'weight');
    return typeof w === 'number' ? w : 1;
  };
  const nodes = graph.nodes();
  let priorTotal = 0;
  for (const node of nodes) priorTotal += Math.max(0, prior.get(node) ?? 0);
  const jump = new Map<string, number>();
  for (const node of nodes) {
    jump.set(
      node,
      priorTotal > 0 ? Math.max(0, prior.get(node) ?? 0) / priorTotal : 1 / nodes.length,
    );
  }
  const strength = new Map<string, number>();
  for (const node of nodes) {
    let s = 0;
    graph.forEachEdge(node, (edge) => {
      s += weightOf(edge);
    });
    strength.set(node, s);
  }
  let rank = new Map(jump);
  for (let i = 0; i < iterations; i++) {
    const next = new Map<string, number>();
    let dangling = 0;
    for (const node of nodes) {
      next.set(node, 0);
      if ((strength.get(node) ?? 0) === 0) dangling += rank.get(node) ?? 0;
    }
    for (const node of nodes) {
      const s = strength.get(node) ?? 0;
      if (s === 0) continue;
      const r = rank.get(node) ?? 0;
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        const other = source === node ? target : source;
        next.set(other, (next.get(other) ?? 0) + (damping * r * weightOf(edge)) / s);
      });
    }
    let delta = 0;
    for (const node of nodes) {
      const j = jump.get(node) ?? 0;
      const value = (next.get(node) ?? 0) + (1 - damping) * j + damping * dangling * j;
      delta += Math.abs(value - (rank.get(node) ?? 0));
      next.set(node, value);
    }
    rank = next;
    if (delta < tolerance) break;
  }
  return rank;
}
