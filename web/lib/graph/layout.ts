import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { NetworkGraph } from './build';

interface ShadowNode {
  x: number;
  y: number;
}
interface ShadowEdge {
  weight: number;
}

/**
 * ForceAtlas2 in a web worker, for a while, then stops.
 *
 * The worker's supervisor writes positions into its graph after every iteration, and sigma
 * reprocesses the whole network (reducers, buffers) on each write: on a 5,000-node network
 * that takes the main thread for the whole layout. So the worker lays out a shadow copy
 * (positions and edge weights only) and the shown network takes its positions a few times a
 * second, and once more when the layout stops.
 */
export class BackgroundLayout {
  private readonly shadow: Graph<ShadowNode, ShadowEdge>;
  private readonly worker: FA2Layout<ShadowNode, ShadowEdge>;
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: NetworkGraph,
    /** `finished`: the time ran out (rather than `stop()` being called). */
    private readonly onStop: (finished: boolean) => void,
  ) {
    this.shadow = new Graph<ShadowNode, ShadowEdge>({ type: 'undirected' });
    this.shadow.import({
      nodes: graph.mapNodes((key, { x, y }) => ({ key, attributes: { x, y } })),
      edges: graph.mapEdges((_, { weight }, source, target) => ({
        source,
        target,
        attributes: { weight },
      })),
    });
    this.worker = new FA2Layout(this.shadow, {
      settings: {
        ...inferSettings(this.shadow),
        barnesHutOptimize: graph.order > 800,
        adjustSizes: false,
        edgeWeightInfluence: 0.5,
      },
      getEdgeWeight: 'weight',
    });
  }

  /** Runs for `seconds` (default: longer for bigger networks, at most 12 s). */
  start(seconds = Math.min(12, 2 + this.graph.order / 500)): void {
    this.worker.start();
    // Small networks move smoothly; big ones are re-drawn about twice a second.
    const every = Math.min(500, 60 + this.graph.order / 10);
    this.syncTimer = setInterval(() => this.sync(), every);
    this.stopTimer = setTimeout(() => this.halt(true), seconds * 1000);
  }

  stop(): void {
    this.halt(false);
  }

  private halt(finished: boolean): void {
    if (!this.worker.isRunning()) return;
    this.worker.stop();
    clearInterval(this.syncTimer);
    clearTimeout(this.stopTimer);
    this.sync();
    this.onStop(finished);
  }

  isRunning(): boolean {
    return this.worker.isRunning();
  }

  kill(): void {
    clearInterval(this.syncTimer);
    clearTimeout(this.stopTimer);
    this.worker.kill();
  }

  /** One write of every position (one sigma reprocess); nodes added since are left alone. */
  private sync(): void {
    const shadow = this.shadow;
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        if (shadow.hasNode(node)) {
          const position = shadow.getNodeAttributes(node);
          attributes.x = position.x;
          attributes.y = position.y;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }
}
