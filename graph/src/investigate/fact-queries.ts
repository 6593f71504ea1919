import { cypherFile } from '../db/cypher-files.js';
import type { Row } from '../db/executor.js';
import type { Reader } from './reader.js';
import { factFromRow, type Fact } from './facts.js';

/** A window of facts, oldest first, and how many the window holds in all. */
export interface FactPage {
  facts: Fact[];
  total: number;
}

export interface FactWindow {
  from: string | null;
  to: string | null;
  limit: number;
}

/** Events one node (by element id) takes part in; null when the node is gone. */
export async function nodeFacts(
  reader: Reader,
  id: string,
  window: FactWindow,
): Promise<FactPage | null> {
  const rows = await reader.run(
    cypherFile('queries/investigate-entity-events'),
    { id, ...window },
    { label: 'investigate:entity-events' },
  );
  return page(rows[0]);
}

/** Events that involve any member of a network; null when there is no such network. */
export async function networkFacts(
  reader: Reader,
  networkId: string,
  window: FactWindow,
): Promise<FactPage | null> {
  const rows = await reader.run(
    cypherFile('queries/investigate-network-events'),
    { networkId, ...window },
    { label: 'investigate:network-events' },
  );
  return page(rows[0]);
}

function page(row: Row | undefined): FactPage | null {
  if (!row) return null;
  return { facts: (row['facts'] as Row[]).map(factFromRow), total: row['total'] as number };
}
