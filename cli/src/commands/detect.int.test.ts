import { describe, expect, it } from 'vitest';
import { runArna } from '@arna/graph/testing';

/** No database answers here: what is refused must be refused before connecting. */
const noDatabase = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' };
const arna = (...args: string[]) => runArna(args, noDatabase);

describe('arna patterns run and detect: arguments', () => {
  it('names an unknown pattern id and the known ones', async () => {
    const run = await arna('patterns', 'run', 'frequent-invitor');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/no pattern "frequent-invitor"; known: .*frequent-inviter/);
  });

  it('refuses a --param that is not name=value', async () => {
    const run = await arna('patterns', 'run', 'frequent-inviter', '--param', 'minInvitations');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/"minInvitations" is not name=value/);
  });

  it('refuses a language of reasons it does not have', async () => {
    const run = await arna('detect', '--lang', 'de');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/Allowed choices are ru, kk, en/);
  });

  it('gets past the arguments to the database when they are right', async () => {
    const run = await arna('patterns', 'run', 'frequent-inviter', '--param', 'minInvitations=5');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/Neo4j is not reachable/);
  });
});
