'use client';

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import Sigma from 'sigma';
import { createNodeCompoundProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createNodeImageProgram } from '@sigma/node-image';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { fillColor, type NetworkGraph } from '@/lib/graph/build';
import {
  dimmedColor,
  edgeHighlight,
  evidenceRing,
  organizerRing,
  pathRing,
} from '@/lib/graph/style';
import { isEdgeFiltered, isNodeFiltered, type ViewState } from '@/lib/graph/view';

/** Filled disc with a ring (organizer, evidence, selection). */
const RingedNodeProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: 'borderSize', defaultValue: 0 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

/** The ringed disc with the kind's pictogram on top. */
const EntityNodeProgram = createNodeCompoundProgram([
  RingedNodeProgram,
  createNodeImageProgram({
    padding: 0.24,
    size: { mode: 'force', value: 96 },
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    keepWithinCircle: true,
  }),
]);

const largeGraphEdges = 5_000;
const pictogramNodeLimit = 1_500;

/** `window.arnaNetwork` while a network is on screen. */
export interface NetworkInspector {
  /** `performance.now()` when sigma finished its first frame. */
  firstFrameAt: number | undefined;
  frames: number;
  /** Every node with its position in CSS pixels of the canvas. */
  nodes(): {
    ref: string;
    kind: string;
    role?: string;
    organizer: boolean;
    x: number;
    y: number;
    hidden: boolean;
  }[];
}
type InspectableWindow = Window & { arnaNetwork?: NetworkInspector };

export interface NetworkCanvasHandle {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Runs ForceAtlas2 in its web worker for a while (longer for bigger graphs). */
  relayout(seconds?: number): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  /** Re-reads the view state (filters, selection, highlight) without re-indexing. */
  refresh(): void;
  /** Re-indexes after nodes or edges were added. */
  graphChanged(): void;
  /** Moves the camera to a node. */
  focus(ref: string): void;
}

interface Props {
  graph: NetworkGraph;
  view: { current: ViewState };
  onSelect: (ref: string | undefined, additive: boolean) => void;
  onHover: (ref: string | undefined) => void;
  onLayoutChange?: (running: boolean) => void;
  onFirstFrame?: () => void;
  handle?: Ref<NetworkCanvasHandle>;
}

export default function NetworkCanvas({
  graph,
  view,
  onSelect,
  onHover,
  onLayoutChange,
  onFirstFrame,
  handle,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const layout = useRef<FA2Layout | null>(null);
  const layoutTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const callbacks = useRef({ onSelect, onHover, onLayoutChange, onFirstFrame });
  callbacks.current = { onSelect, onHover, onLayoutChange, onFirstFrame };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const renderer = new Sigma(graph, element, {
      // Pictograms cost a texture lookup per pixel; on networks too big to read them they
      // are left out (colour still tells the kind) so software WebGL stays fluid.
      nodeProgramClasses: {
        entity: graph.order > pictogramNodeLimit ? RingedNodeProgram : EntityNodeProgram,
      },
      defaultNodeType: 'entity',
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      labelFont: 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif',
      labelSize: 12,
      labelColor: { color: '#1f2733' },
      defaultEdgeColor: '#c3cad2',
      zIndex: true,
      // On big graphs, edges and labels are hidden while the camera moves: panning stays
      // fluid on weak (software) WebGL and they come back as soon as it stops.
      hideEdgesOnMove: graph.size > largeGraphEdges,
      hideLabelsOnMove: graph.size > largeGraphEdges,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer: (ref, data) => {
        const state = view.current;
        const attributes = graph.getNodeAttributes(ref);
        const result = { ...data };
        if (isNodeFiltered(attributes, state)) return { ...result, hidden: true };
        result.color = fillColor(attributes, state.colourMode);
        const isOrganizer = attributes.organizerRank !== undefined || attributes.organizer === true;
        if (isOrganizer) {
          Object.assign(result, { borderColor: organizerRing, borderSize: 0.22, zIndex: 2 });
        }
        const emphasis = state.highlight.size > 0 ? state.highlight : undefined;
        const hoverFocus =
          state.hovered && graph.hasNode(state.hovered)
            ? ref === state.hovered || graph.areNeighbors(ref, state.hovered)
            : true;
        if ((emphasis && !emphasis.has(ref)) || !hoverFocus) {
          Object.assign(result, {
            color: dimmedColor,
            pictoColor: '#f5f6f8',
            borderSize: 0,
            label: '',
            zIndex: 0,
          });
        } else if (emphasis) {
          Object.assign(result, {
            borderColor: isOrganizer ? organizerRing : evidenceRing,
            borderSize: 0.26,
            forceLabel: true,
            zIndex: 3,
          });
        }
        if (state.selected.includes(ref)) {
          Object.assign(result, {
            borderColor: pathRing,
            borderSize: 0.3,
            forceLabel: true,
            highlighted: true,
            zIndex: 4,
          });
        }
        return result;
      },
      edgeReducer: (edge, data) => {
        const state = view.current;
        const attributes = graph.getEdgeAttributes(edge);
        if (isEdgeFiltered(attributes, state)) return { ...data, hidden: true };
        const [source, target] = graph.extremities(edge);
        if (state.hovered && source !== state.hovered && target !== state.hovered) {
          return { ...data, color: '#eceff2' };
        }
        if (state.highlight.size > 0) {
          return state.highlight.has(source) && state.highlight.has(target)
            ? { ...data, color: edgeHighlight, size: (data.size ?? 1) + 1.5, zIndex: 2 }
            : { ...data, color: '#eceff2' };
        }
        return data;
      },
    });
    sigma.current = renderer;
    renderer.on('clickNode', ({ node, event }) =>
      callbacks.current.onSelect(node, event.original.shiftKey || event.original.ctrlKey),
    );
    renderer.on('clickStage', () => callbacks.current.onSelect(undefined, false));
    // Hover re-runs the reducers over the whole graph: not while the stage is being dragged,
    // when the pointer sweeps across many nodes.
    const dragging = (original: MouseEvent | TouchEvent) =>
      'buttons' in original && original.buttons !== 0;
    renderer.on('enterNode', ({ node, event }) => {
      if (!dragging(event.original)) callbacks.current.onHover(node);
    });
    renderer.on('leaveNode', ({ event }) => {
      if (!dragging(event.original)) callbacks.current.onHover(undefined);
    });
    renderer.once('afterRender', () => {
      inspector.firstFrameAt = performance.now();
      callbacks.current.onFirstFrame?.();
    });
    renderer.on('afterRender', () => {
      inspector.frames += 1;
    });
    // Read-only view of what is drawn where, for the e2e tests and the UI benchmark.
    const inspector: NetworkInspector = {
      firstFrameAt: undefined,
      frames: 0,
      nodes: () =>
        graph.mapNodes((ref, attributes) => {
          const display = renderer.getNodeDisplayData(ref);
          const point = display
            ? renderer.framedGraphToViewport(display)
            : { x: Number.NaN, y: Number.NaN };
          return {
            ref,
            kind: attributes.kind,
            role: attributes.role,
            organizer: attributes.organizerRank !== undefined || attributes.organizer === true,
            x: point.x,
            y: point.y,
            hidden: display?.hidden ?? true,
          };
        }),
    };
    (window as InspectableWindow).arnaNetwork = inspector;
    element.dataset['ready'] = 'true';

    return () => {
      if ((window as InspectableWindow).arnaNetwork === inspector)
        delete (window as InspectableWindow).arnaNetwork;
      clearTimeout(layoutTimer.current);
      layout.current?.kill();
      layout.current = null;
      renderer.kill();
      sigma.current = null;
    };
  }, [graph, view]);

  useImperativeHandle(handle, () => {
    const stopLayout = () => {
      clearTimeout(layoutTimer.current);
      layout.current?.stop();
      callbacks.current.onLayoutChange?.(false);
    };
    return {
      fit: () => void sigma.current?.getCamera().animatedReset({ duration: 300 }),
      zoomIn: () => void sigma.current?.getCamera().animatedZoom({ duration: 200 }),
      zoomOut: () => void sigma.current?.getCamera().animatedUnzoom({ duration: 200 }),
      relayout: (seconds) => {
        if (graph.order === 0) return;
        layout.current?.kill();
        const settings = inferSettings(graph);
        layout.current = new FA2Layout(graph, {
          settings: {
            ...settings,
            barnesHutOptimize: graph.order > 800,
            adjustSizes: false,
            edgeWeightInfluence: 0.5,
          },
          getEdgeWeight: 'weight',
        });
        layout.current.start();
        callbacks.current.onLayoutChange?.(true);
        clearTimeout(layoutTimer.current);
        const duration = seconds ?? Math.min(12, 2 + graph.order / 500);
        layoutTimer.current = setTimeout(() => {
          stopLayout();
          void sigma.current?.getCamera().animatedReset({ duration: 300 });
        }, duration * 1000);
      },
      stopLayout,
      isLayoutRunning: () => layout.current?.isRunning() ?? false,
      refresh: () => sigma.current?.refresh({ skipIndexation: true }),
      graphChanged: () => {
        const renderer = sigma.current;
        if (!renderer) return;
        renderer.setSetting('hideEdgesOnMove', graph.size > largeGraphEdges);
        renderer.setSetting('hideLabelsOnMove', graph.size > largeGraphEdges);
        renderer.refresh();
      },
      focus: (nodeRef) => {
        const renderer = sigma.current;
        if (!renderer || !graph.hasNode(nodeRef)) return;
        const position = renderer.getNodeDisplayData(nodeRef);
        if (position) {
          void renderer
            .getCamera()
            .animate({ x: position.x, y: position.y, ratio: 0.35 }, { duration: 400 });
        }
      },
    };
  }, [graph]);

  return <div ref={container} className="network-canvas" data-testid="network-canvas" />;
}
