import { describe, expect, it } from 'vitest';
import { connectionFromEnv } from './config.js';

describe('connectionFromEnv', () => {
  it('uses the local server when NEO4J_URI is unset', () => {
    expect(connectionFromEnv({})).toBeUndefined();
  });

  it('reads URI, user, password and database', () => {
    expect(
      connectionFromEnv({
        NEO4J_URI: 'neo4j://db:7687',
        NEO4J_USER: 'arna',
        NEO4J_PASSWORD: 's3cret',
        NEO4J_DATABASE: 'arna',
      }),
    ).toEqual({ uri: 'neo4j://db:7687', user: 'arna', password: 's3cret', database: 'arna' });
  });

  it('defaults the user to neo4j', () => {
    expect(connectionFromEnv({ NEO4J_URI: 'bolt://x' })?.user).toBe('neo4j');
  });
});
