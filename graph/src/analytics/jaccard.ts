/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| (P. Jaccard, "Étude comparative de la distribution
 * florale…", Bull. Soc. Vaudoise Sci. Nat. 37 (1901) 547–579, doi:10.5169/seals-266450), and a
 * greedy one-to-one matching of two families of sets by it — used to recognise the same
 * network across detection runs.
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface Match {
  current: number;
  previous: number;
  similarity: number;
}

/**
 * Pairs each current set with at most one previous set, best pairs first, keeping pairs with
 * similarity ≥ threshold. Candidates come from an inverted index, so cost grows with
 * overlaps, not with the product of the two families.
 */
export function greedyMatch<T>(
  current: readonly ReadonlySet<T>[],
  previous: readonly ReadonlySet<T>[],
  threshold: number,
): Match[] {
  const index = new Map<T, number[]>();
  previous.forEach((set, i) => {
    for (const x of set) {
      const list = index.get(x);
      if (list) list.push(i);
      else index.set(x, [i]);
    }
  });
  const candidates: Match[] = [];
  current.forEach((set, c) => {
    const seen = new Set<number>();
    for (const x of set) {
      for (const p of index.get(x) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const prev = previous[p];
        if (!prev) continue;
        const similarity = jaccard(set, prev);
        if (similarity >= threshold) candidates.push({ current: c, previous: p, similarity });
      }
    }
  });
  candidates.sort(
    (x, y) => y.similarity - x.similarity || x.current - y.current || x.previous - y.previous,
  );
  const usedCurrent = new Set<number>();
  const usedPrevious = new Set<number>();
  const matches: Match[] = [];
  for (const m of candidates) {
    if (usedCurrent.has(m.current) || usedPrevious.has(m.previous)) continue;
    usedCurrent.add(m.current);
    usedPrevious.add(m.previous);
    matches.push(m);
  }
  return matches;
}
