import { cypherFile, type Executor } from '@arna/graph';
import type { Kind } from '../drop/kinds.js';
import type { Batch } from './batch.js';
import { eventParams } from './participants.js';

/** Counters of one file so far, stored with its progress so a resumed load continues them. */
export interface FileCounters {
  read: number;
  loaded: number;
  rejected: number;
  merged: number;
}

export interface ProgressMark extends FileCounters {
  file: string;
  kind: Kind;
  /** Last line of the file that this commit covers. */
  line: number;
  done: boolean;
}

const KIND_STATEMENT: Record<Kind, string> = {
  persons: 'etl/register-persons',
  organizations: 'etl/register-organizations',
  invitations: 'etl/event-invitations',
  registrations: 'etl/event-registrations',
  crossings: 'etl/event-crossings',
  trips: 'etl/event-trips',
  employment: 'etl/event-employment',
  residence_petitions: 'etl/event-residence-petitions',
  violations: 'etl/event-violations',
};

/**
 * Writes one batch and the file's progress mark in ONE transaction: after a crash either
 * both are in the database or neither, which is what makes resume exact. Statements run in
 * dependency order (entities, foreigners and documents, identity records, the rows, then
 * the address merges).
 */
export async function writeBatch(
  executor: Executor,
  loadId: string,
  batch: Batch | null,
  progress: ProgressMark,
): Promise<void> {
  const statements: [string, Record<string, unknown>][] = [];
  if (batch) {
    const lists: [string, string, unknown[]][] = [
      ['etl/merge-persons', 'persons', [...batch.persons.values()]],
      ['etl/merge-organizations', 'organizations', [...batch.organizations.values()]],
      ['etl/merge-addresses', 'addresses', [...batch.addresses.values()]],
      ['etl/merge-phones', 'phones', [...batch.phones.values()]],
      ['etl/merge-vehicles', 'vehicles', [...batch.vehicles.values()]],
      ['etl/merge-foreigners', 'foreigners', [...batch.foreigners.values()]],
      ['etl/merge-documents', 'documents', batch.documents],
      ['etl/identity-merges', 'merges', batch.merges],
      ['etl/document-conflicts', 'conflicts', batch.conflicts],
    ];
    for (const [name, param, list] of lists) {
      if (list.length > 0) statements.push([cypherFile(name), { [param]: list, loadId }]);
    }
    if (batch.rows.length > 0) {
      const register = batch.kind === 'persons' || batch.kind === 'organizations';
      const params = register ? { rows: batch.rows } : eventParams(batch.rows);
      statements.push([cypherFile(KIND_STATEMENT[batch.kind]), { ...params, loadId }]);
    }
    // after the register rows, which create the parties their phones belong to
    const partyPhones = [...batch.partyPhones.values()];
    if (partyPhones.length > 0)
      statements.push([cypherFile('etl/party-phones'), { partyPhones, loadId }]);
    // last: a merged text-only address may have got relationships from this batch's rows
    if (batch.addressMerges.length > 0) {
      statements.push([
        cypherFile('etl/address-merges'),
        { addressMerges: batch.addressMerges, loadId },
      ]);
    }
  }
  statements.push([cypherFile('etl/progress-commit'), { ...progress, loadId }]);
  await executor.transaction({ mode: 'write', label: 'etl-batch' }, async (tx) => {
    for (const [cypher, params] of statements) await tx.run(cypher, params);
  });
}
