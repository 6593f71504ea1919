import { describe, expect, it } from 'vitest';
import type { SubGraph } from '@/lib/api/types';
import { createNetworkGraph, mergeSubGraph } from './build';
import { viewReducers } from './reducers';
import { hubRing, organizerRing, pathRing } from './style';
import { emptyView } from './view';

/** A hotel hub, an organizer hub, a plain foreigner and a path node (no record count). */
const view: SubGraph = {
  nodes: [
    { ref: 'organization:100', kind: 'organization', label: 'Hotel', records: 900, hub: true },
    { ref: 'person:1', kind: 'person', label: 'Boss', organizer: true, records: 700, hub: true },
    { ref: 'foreigner:F1', kind: 'foreigner', label: 'Guest', records: 2 },
    { ref: 'person:2', kind: 'person', label: 'Path' },
  ],
  edges: [],
  truncated: true,
};

function drawn() {
  const graph = createNetworkGraph();
  mergeSubGraph(graph, view);
  const state = { current: emptyView() };
  const { nodeReducer } = viewReducers(graph, state);
  const draw = (ref: string) => nodeReducer(ref, { ...graph.getNodeAttributes(ref) });
  return { graph, state, draw };
}

describe('hubs in the network view', () => {
  it('carries records and the hub flag into the node attributes', () => {
    const { graph } = drawn();
    expect(graph.getNodeAttributes('organization:100')).toMatchObject({ hub: true, records: 900 });
    expect(graph.getNodeAttributes('foreigner:F1').records).toBe(2);
    expect(graph.getNodeAttributes('foreigner:F1').hub).toBeUndefined();
    expect(graph.getNodeAttributes('person:2').records).toBeUndefined();
  });

  it('rings a hub in grey, keeps the organizer ring on an organizer hub and the selection on top', () => {
    const { state, draw } = drawn();
    expect(draw('organization:100')).toMatchObject({ borderColor: hubRing, type: 'ringed' });
    expect(draw('person:1')).toMatchObject({ borderColor: organizerRing, type: 'ringed' });
    expect(draw('foreigner:F1')).toMatchObject({ borderSize: 0, type: 'entity' });
    state.current = { ...state.current, selected: ['organization:100'] };
    expect(draw('organization:100')).toMatchObject({ borderColor: pathRing });
  });
});
