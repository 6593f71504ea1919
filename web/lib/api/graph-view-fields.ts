/**
 * What every graph of the UI (expansion, network, paths) asks of a `GraphView`, the shape
 * `reshapeGraphView` reads. Its own module, without imports, so that `bench/api.ts` measures
 * the API with the very selection the UI sends.
 */
export const graphViewFields = `
  nodes { ref label subtitle communityId organizer records hub networks { networkId role organizerRank } }
  edges { id source target kind count firstDate lastDate facts { source { file line loadId } } }
  truncated
`;
