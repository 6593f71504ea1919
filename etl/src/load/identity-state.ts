import { cypherFile, type Executor } from '@arna/graph';
import { ForeignerIndex } from '../identity/foreigner-index.js';

/** Rebuilds the identity index from every foreigner in the database (all earlier loads). */
export async function loadIdentityIndex(executor: Executor): Promise<ForeignerIndex> {
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
