import type { Settings } from 'sigma/settings';
import {
  createNodeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createNodeImageProgram } from '@sigma/node-image';
import type { EdgeAttributes, NodeAttributes } from './build';
import { labelSettings, largeGraphEdges, pictogramNodeLimit } from './size-class';

/**
 * Sigma settings by network size. Arna runs on office PCs and servers without a GPU, where
 * WebGL is software-rendered (SwiftShader) and every drawn pixel and vertex costs CPU: what a
 * 300-node network can afford (pictograms, rectangle edges with thickness, labels while
 * moving) makes a 5,000-node one crawl. Measured in bench/ui.ts; see bench/RESULTS.md.
 */

/** Filled disc with a ring (organizer, evidence, selection). */
const RingedNodeProgram = createNodeBorderProgram<NodeAttributes, EdgeAttributes>({
  borders: [
    { size: { attribute: 'borderSize', defaultValue: 0 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

/** The ringed disc with the kind's pictogram on top. */
const PictogramNodeProgram = createNodeCompoundProgram<NodeAttributes, EdgeAttributes>([
  RingedNodeProgram,
  createNodeImageProgram({
    padding: 0.24,
    size: { mode: 'force', value: 96 },
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    keepWithinCircle: true,
  }),
]);

/**
 * Node program types the reducer picks from: `ringed` for nodes with a ring, `entity` for
 * the rest. Both are the pictogram program on small networks.
 */
export type NodeProgramType = 'entity' | 'ringed';

// Stable, complete maps: sigma re-registers programs when a map changes identity, and a
// setting changed after construction is not merged with sigma's defaults.
const pictogramPrograms = { entity: PictogramNodeProgram, ringed: PictogramNodeProgram };
/**
 * Plain nodes as GL points (one vertex each, the cheapest disc sigma has); the ring program
 * only for the few nodes that carry a ring, drawn after (so on top of) the plain ones.
 */
const pointPrograms = { entity: NodePointProgram, ringed: RingedNodeProgram };
/** Sigma's default `line` is a rectangle (six vertices, thickness); GL lines are one vertex pair. */
const lineEdgePrograms = { line: EdgeLineProgram };
/** Rectangles (sigma's default) show an edge's weight as its thickness. */
const rectangleEdgePrograms = { line: EdgeRectangleProgram };

type SizeSettings = Pick<
  Settings<NodeAttributes, EdgeAttributes>,
  | 'nodeProgramClasses'
  | 'edgeProgramClasses'
  | 'hideEdgesOnMove'
  | 'hideLabelsOnMove'
  | 'labelRenderedSizeThreshold'
  | 'labelDensity'
>;

export function renderSettings(graph: { order: number; size: number }): SizeSettings {
  const manyNodes = graph.order > pictogramNodeLimit;
  const manyEdges = graph.size > largeGraphEdges;
  return {
    nodeProgramClasses: manyNodes ? pointPrograms : pictogramPrograms,
    edgeProgramClasses: manyEdges ? lineEdgePrograms : rectangleEdgePrograms,
    // While the camera moves only the nodes are drawn; edges and labels come back when it stops.
    hideEdgesOnMove: manyEdges,
    hideLabelsOnMove: manyEdges,
    ...labelSettings(graph),
  };
}
