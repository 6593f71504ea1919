/**
 * Runs jobs with at most `workers` in flight, results in job order. Two workers give Neo4j both
 * cores of a small machine without queueing everything at once, and one long job does not hold
 * up the others.
 */
export async function concurrently<T>(
  jobs: readonly (() => Promise<T>)[],
  workers = 2,
): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, worker));
  return results;
}
