import { describe, expect, it } from 'vitest';
import { ExpansionMemory, readStep, type StepParams } from './expand-step.js';
import type { Reader } from './reader.js';
import { SUMMARY_PROPERTIES } from './nodes.js';

const PARAMS: StepParams & { walkHubs: boolean } = {
  eventLabels: null,
  nodeLabels: ['Person', 'Foreigner', 'Address'],
  from: null,
  to: null,
  perNode: 100,
  summaryKeys: {},
  walkHubs: true,
};

/** A reader that answers each step with the next row and records the parameters sent. */
function fakeReader(rows: unknown[]): { reader: Reader; sent: Record<string, unknown>[] } {
  const sent: Record<string, unknown>[] = [];
  return {
    sent,
    reader: {
      run(_cypher, params = {}) {
        sent.push(params);
        return Promise.resolve([rows.shift() as Record<string, unknown>]);
      },
    },
  };
}

const SEED = {
  elementId: 'e:1',
  labels: ['Person', 'Party'],
  properties: { iin: '850101300123', name: 'Абенов' },
};

describe('readStep', () => {
  it('reads positional facts, links and new nodes with their annotations, and does not ask for them again', async () => {
    const { reader, sent } = fakeReader([
      {
        facts: [
          [
            'e:10',
            ['Registration', 'Event'],
            'REG-1',
            '2025-03-01',
            'registrations.csv',
            2,
            'load-fx',
            [
              ['HOST', 'e:1'],
              ['FOREIGNER', 'e:2'],
            ],
          ],
        ],
        links: [['LIVES_AT', 'e:1', 'e:3', 'persons.csv', 2, 'load-fx']],
        nodes: [
          ['e:1', 'Person', ['850101300123', 'Абенов', null, null, null, null], 7, [], 150, 2],
          [
            'e:2',
            'Foreigner',
            ['F-1', 'AHMADI', 'FARID', null, null, null, 'AFG', '1995-05-05'],
            7,
            [['net-1', 'member', null]],
            3,
            1,
          ],
          ['e:3', 'Address', ['rka:1', 'Алматы, ул. Абая 15', '1', 'Алматы'], null, [], 40, 1],
        ],
        truncated: false,
      },
      { facts: [], links: [], nodes: [], truncated: true },
    ]);
    const memory = new ExpansionMemory(100);
    memory.addNode(SEED);
    const summaryKeys = {
      Foreigner: SUMMARY_PROPERTIES.foreigner,
      Address: SUMMARY_PROPERTIES.address,
    };
    const step = await readStep(reader, memory, ['e:1'], { ...PARAMS, summaryKeys });
    expect(sent[0]).toMatchObject({ ids: ['e:1'], seenEvents: [], knownNodes: [] });
    expect(step.facts).toEqual([
      {
        ref: 'registration:REG-1',
        kind: 'registration',
        date: '2025-03-01',
        properties: {},
        source: { file: 'registrations.csv', line: 2, loadId: 'load-fx' },
        participants: [
          {
            ref: 'person:850101300123',
            kind: 'person',
            label: 'Абенов',
            subtitle: '850101300123',
            role: 'host',
          },
          {
            ref: 'foreigner:F-1',
            kind: 'foreigner',
            label: 'AHMADI FARID',
            subtitle: 'AFG · 1995-05-05',
            role: 'foreigner',
          },
        ],
      },
    ]);
    expect(step.links).toEqual([
      {
        type: 'lives_at',
        start: 'person:850101300123',
        end: 'address:rka:1',
        source: { file: 'persons.csv', line: 2, loadId: 'load-fx' },
      },
    ]);
    expect(memory.elementIdOf('foreigner:F-1')).toBe('e:2');
    expect(memory.annotationOf('person:850101300123')).toEqual({
      communityId: 7,
      networks: [],
      records: 152,
      hub: true,
    });
    expect(memory.annotationOf('foreigner:F-1')).toEqual({
      communityId: 7,
      networks: [{ networkId: 'net-1', role: 'member', organizerRank: null }],
      records: 4,
      hub: false,
    });

    const next = await readStep(reader, memory, ['e:2', 'e:3'], PARAMS);
    expect(next).toEqual({ facts: [], links: [], truncated: true });
    expect(sent[1]).toMatchObject({ seenEvents: ['e:10'], knownNodes: ['e:1', 'e:2', 'e:3'] });
  });

  it('refuses a participant that no step sent', async () => {
    const { reader } = fakeReader([
      {
        facts: [['e:10', ['Trip', 'Event'], 'TRP-1', null, null, null, null, [['DRIVER', 'e:9']]]],
        links: [],
        nodes: [],
        truncated: false,
      },
    ]);
    await expect(readStep(reader, new ExpansionMemory(100), ['e:1'], PARAMS)).rejects.toThrow(
      /never sent/,
    );
  });
});
