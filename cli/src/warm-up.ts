import type { Executor } from '@arna/graph';
import { warmUp } from '@arna/graph/investigate';

/**
 * Warms the investigation statements in the background once the API listens (see `warmUp`):
 * the server answers meanwhile, and the first investigator does not wait seconds for Neo4j
 * to plan them. Prints one line when done, naming any call that failed.
 */
export function warmUpInBackground(executor: Executor): void {
  warmUp(executor).then(
    (report) => {
      const failed = report.calls.filter((c) => c.error !== null);
      const seconds = (report.ms / 1000).toFixed(1);
      if (report.calls.length === 0) console.log('Warm-up: the graph is empty, nothing to warm');
      else console.log(`Warm-up: ${report.calls.length} investigation calls in ${seconds} s`);
      for (const { call, error } of failed) console.error(`Warm-up: ${call} failed: ${error}`);
    },
    (error: unknown) => {
      console.error(`Warm-up failed: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
}
