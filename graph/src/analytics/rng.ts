/**
 * Seeded pseudo-random numbers: Mulberry32 (Tommy Ettinger, 2017, public domain; a 32-bit
 * state generator passing PractRand to 2^32 outputs). Louvain visits nodes in random order,
 * so a fixed seed makes communities — and with them network ids — reproducible.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
