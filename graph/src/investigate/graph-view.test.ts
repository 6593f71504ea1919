import { describe, expect, it } from 'vitest';
import { GraphViewBuilder } from './graph-view.js';

const source = { file: 'invitations.csv', line: 2, loadId: 'l1' };
const inviter = { ref: 'person:850303300017', role: 'inviter' };
const foreigner = { ref: 'foreigner:F1', role: 'foreigner' };

describe('GraphViewBuilder', () => {
  it('keeps the 20 newest records of an edge, newest first, undated last, in arrival order among equal dates', () => {
    const builder = new GraphViewBuilder();
    const dates = [
      '2025-01-05',
      null,
      '2025-03-01',
      '2024-12-31',
      ...Array.from({ length: 18 }, (_, i) => `2025-02-${String(i + 1).padStart(2, '0')}`),
      '2025-03-01',
      '2025-01-05',
      null,
    ];
    const id = dates
      .map((date, i) =>
        builder.addCooccurrence(
          { ref: `invitation:I${i}`, kind: 'invitation', date, source },
          inviter,
          foreigner,
        ),
      )
      .at(-1);
    const edge = builder.build(false, () => ({
      communityId: null,
      networks: [],
      records: 0,
      hub: false,
    })).edges[0]!;
    expect(edge.id).toBe(id);
    expect([edge.count, edge.firstDate, edge.lastDate]).toEqual([25, '2024-12-31', '2025-03-01']);
    expect(edge.facts.map((f) => f.ref)).toEqual([
      'invitation:I2',
      'invitation:I22',
      ...Array.from({ length: 18 }, (_, i) => `invitation:I${21 - i}`),
    ]);
  });

  it('counts an event met again from its other participant once', () => {
    const builder = new GraphViewBuilder();
    const fact = { ref: 'invitation:I1', kind: 'invitation' as const, date: '2025-01-05', source };
    builder.addCooccurrence(fact, inviter, foreigner);
    builder.addCooccurrence(fact, foreigner, inviter);
    const [edge] = builder.build(false, () => ({
      communityId: null,
      networks: [],
      records: 0,
      hub: false,
    })).edges;
    expect([edge?.count, edge?.facts.length, edge?.source]).toEqual([1, 1, inviter.ref]);
  });
});
