import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { expand } from './expand.js';
import { networkGraph } from './network-graph.js';
import { profile } from './profile.js';
import { search } from './search.js';
import { timeline } from './timeline.js';

export interface WarmUpReport {
  /** The calls made, each with its time and its error, if any; empty when the graph holds no one to start from. */
  calls: { call: string; ms: number; error: string | null }[];
  ms: number;
}

/**
 * Runs each investigation call once on a real entity of the graph, so that Neo4j plans its
 * statements (plans are cached per statement text and parameter types; on a fresh JVM the
 * first expansion took 3.9 s, the next 0.1 s) before an investigator's first request. Read
 * only, and no user sees the results, so nothing is audited. A failed call is reported, not
 * thrown: warming is best effort and must never stop a server.
 */
export async function warmUp(executor: Executor): Promise<WarmUpReport> {
  const started = performance.now();
  const [seed] = await executor.run(
    cypherFile('queries/investigate-warm-up-seed'),
    {},
    { label: 'investigate:warm-up' },
  );
  const calls: WarmUpReport['calls'] = [];
  if (seed) {
    const ref = String(seed['ref']);
    const warm: { call: string; run: () => Promise<unknown> }[] = [
      { call: 'profile', run: () => profile(executor, ref) },
      { call: 'expand', run: () => expand(executor, [ref], { depth: 2 }) },
      { call: 'timeline', run: () => timeline(executor, ref) },
    ];
    const name = seed['name'];
    if (typeof name === 'string') warm.push({ call: 'search', run: () => search(executor, name) });
    const networkId = seed['networkId'];
    if (typeof networkId === 'string') {
      warm.push({ call: 'network', run: () => networkGraph(executor, networkId) });
      warm.push({
        call: 'network timeline',
        run: () => timeline(executor, `network:${networkId}`),
      });
    }
    for (const { call, run } of warm) {
      const t0 = performance.now();
      const error = await run().then(
        () => null,
        (failure: unknown) => (failure instanceof Error ? failure.message : String(failure)),
      );
      calls.push({ call, ms: Math.round(performance.now() - t0), error });
    }
  }
  return { calls, ms: Math.round(performance.now() - started) };
}
