/**
 * The network sizes at which the view changes how it draws (render-settings.ts) and how it
 * reacts to a hover (NetworkCanvas): plain numbers, apart from sigma's WebGL programs.
 */

/**
 * Up to this many nodes every node is labelled: in a person's neighbourhood the foreigners
 * they registered are small nodes, and an investigator should not have to hover each one.
 */
export const allLabelsNodeLimit = 40;
/** Above this many nodes pictograms are left out: colour still tells the kind. */
export const pictogramNodeLimit = 500;
/** Above this many edges, edges are one-pixel lines and the camera moves without edges or labels. */
export const largeGraphEdges = 2_000;
/** Above this many edges a hover does not dim the rest (each hover reprocesses every edge). */
export const hoverEmphasisEdges = 5_000;

interface Size {
  order: number;
  size: number;
}

/**
 * Which nodes carry a label: in a small network each one; otherwise only nodes drawn big
 * enough to matter (hubs, organizers, or when zoomed in), fewer in a big one.
 */
export function labelSettings(graph: Size): {
  labelRenderedSizeThreshold: number;
  labelDensity: number;
} {
  if (graph.order <= allLabelsNodeLimit) return { labelRenderedSizeThreshold: 0, labelDensity: 10 };
  const manyNodes = graph.order > pictogramNodeLimit;
  return { labelRenderedSizeThreshold: manyNodes ? 14 : 9, labelDensity: manyNodes ? 0.35 : 0.6 };
}

/** Does a change of size call for other settings (crossing a limit either way). */
export function sameRenderClass(a: Size, b: Size): boolean {
  return (
    a.order <= allLabelsNodeLimit === b.order <= allLabelsNodeLimit &&
    a.order > pictogramNodeLimit === b.order > pictogramNodeLimit &&
    a.size > largeGraphEdges === b.size > largeGraphEdges
  );
}
