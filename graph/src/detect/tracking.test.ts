import { describe, expect, it } from 'vitest';
import { contentId, trackNetworks } from './tracking.js';

const a = ['person:1', 'person:2', 'foreigner:x', 'foreigner:y'];
const b = ['organization:9', 'foreigner:z'];

describe('trackNetworks', () => {
  it('gives new networks content ids, independent of member order', () => {
    const [first] = trackNetworks([a], [], 'run-1', 0.5);
    expect(first?.id).toBe(contentId([...a].reverse()));
    expect(first).toMatchObject({ firstSeenRunId: 'run-1', matched: false, removed: [] });
  });

  it('keeps the id of an essentially unchanged network and records what changed', () => {
    const previous = [{ id: 'net-old', firstSeenRunId: 'run-1', members: a }];
    const grown = [...a, 'foreigner:w'].filter((m) => m !== 'foreigner:y');
    const [tracked, other] = trackNetworks([grown, b], previous, 'run-2', 0.5);
    expect(tracked).toEqual({
      id: 'net-old',
      firstSeenRunId: 'run-1',
      matched: true,
      added: ['foreigner:w'],
      removed: ['foreigner:y'],
    });
    expect(other?.matched).toBe(false);
    expect(other?.id).not.toBe('net-old');
  });

  it('does not stretch an id over a network that changed too much', () => {
    const previous = [{ id: 'net-old', firstSeenRunId: 'run-1', members: a }];
    const [tracked] = trackNetworks(
      [['person:1', 'person:7', 'person:8', 'person:9']],
      previous,
      'run-2',
      0.5,
    );
    expect(tracked?.id).not.toBe('net-old');
  });
});
