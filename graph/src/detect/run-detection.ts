import type { Executor } from '../db/executor.js';
import type { DetectionOptions, LeadsExport } from './types.js';

/** Runs the whole detection on what is loaded and returns the leads export. */
export async function runDetection(
  executor: Executor,
  options: DetectionOptions = {},
): Promise<LeadsExport> {
  return {
    generatedAt: new Date().toISOString(),
    dataset: options.dataset ?? executor.uri,
    networks: [],
  };
}
