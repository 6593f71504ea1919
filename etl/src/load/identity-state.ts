import { cypherFile, type Executor } from '@arna/graph';
import { AddressIndex } from '../identity/address-index.js';
import { ForeignerIndex } from '../identity/foreigner-index.js';

/** The identity indexes a load resolves rows against (graph/MODEL.md, "Identity of …"). */
export interface IdentityIndexes {
  foreigners: ForeignerIndex;
  addresses: AddressIndex;
}

/**
 * Rebuilds the identity indexes from the database (all earlier loads and the committed
 * batches of this one), so their state depends only on what is committed.
 */
export async function loadIdentityIndexes(executor: Executor): Promise<IdentityIndexes> {
  const [foreigners, addresses] = await Promise.all([
    loadForeignerIndex(executor),
    loadAddressIndex(executor),
  ]);
  return { foreigners, addresses };
}

async function loadForeignerIndex(executor: Executor): Promise<ForeignerIndex> {
  const index = new ForeignerIndex();
  const rows = await executor.run(cypherFile('etl/identity-index'), {}, { mode: 'read' });
  for (const row of rows) {
    index.add({
      id: String(row['id']),
      nameKey: String(row['nameKey']),
      birthDate: String(row['birthDate']),
      citizenship: String(row['citizenship']),
      names: new Set((row['names'] as string[] | null) ?? []),
      documents: new Set(row['documents'] as string[]),
    });
  }
  return index;
}

async function loadAddressIndex(executor: Executor): Promise<AddressIndex> {
  const index = new AddressIndex();
  const rows = await executor.run(cypherFile('etl/address-index'), {}, { mode: 'read' });
  for (const row of rows) {
    index.add({ key: String(row['key']), textKeys: row['textKeys'] as string[] | null });
  }
  return index;
}
