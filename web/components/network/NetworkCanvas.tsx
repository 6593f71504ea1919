'use client';

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from '@/lib/graph/build';
import { BackgroundLayout } from '@/lib/graph/layout';
import { viewReducers } from '@/lib/graph/reducers';
import { renderSettings } from '@/lib/graph/render-settings';
import { hoverEmphasisEdges, sameRenderClass } from '@/lib/graph/size-class';
import type { ViewState } from '@/lib/graph/view';

/** `window.arnaNetwork` while a network is on screen. */
export interface NetworkInspector {
  /** `performance.now()` at the browser frame after sigma drew its first one. */
  firstFrameAt: number | undefined;
  frames: number;
  /** ForceAtlas2 is moving the nodes (it starts right after the first frame). */
  layoutRunning(): boolean;
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
  const sigma = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const layout = useRef<BackgroundLayout | null>(null);
  /** Order and size the settings were last chosen for. */
  const renderedAs = useRef({ order: 0, size: 0 });
  const callbacks = useRef({ onSelect, onHover, onLayoutChange, onFirstFrame });
  callbacks.current = { onSelect, onHover, onLayoutChange, onFirstFrame };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    renderedAs.current = { order: graph.order, size: graph.size };
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      ...renderSettings(graph),
      ...viewReducers(graph, view),
      defaultNodeType: 'entity',
      labelFont: 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif',
      labelSize: 12,
      labelColor: { color: '#1f2733' },
      defaultEdgeColor: '#c3cad2',
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
    });
    sigma.current = renderer;
    renderer.on('clickNode', ({ node, event }) =>
      callbacks.current.onSelect(node, event.original.shiftKey || event.original.ctrlKey),
    );
    renderer.on('clickStage', () => callbacks.current.onSelect(undefined, false));
    // Hover emphasis re-runs the reducers over the whole graph: not while the stage is being
    // dragged (the pointer sweeps across many nodes), and not on big networks, where sigma's
    // own hover label is all a pass over 20,000 edges per hover could afford.
    const emphasiseHover = (original: MouseEvent | TouchEvent) =>
      graph.size <= hoverEmphasisEdges && !('buttons' in original && original.buttons !== 0);
    renderer.on('enterNode', ({ node, event }) => {
      if (emphasiseHover(event.original)) callbacks.current.onHover(node);
    });
    renderer.on('leaveNode', ({ event }) => {
      if (emphasiseHover(event.original)) callbacks.current.onHover(undefined);
    });
    // The constructor has drawn the first frame synchronously (before any listener could be
    // attached); the browser shows it with its next frame.
    const firstFrame = requestAnimationFrame(() => {
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
      layoutRunning: () => layout.current?.isRunning() ?? false,
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
      cancelAnimationFrame(firstFrame);
      if ((window as InspectableWindow).arnaNetwork === inspector)
        delete (window as InspectableWindow).arnaNetwork;
      layout.current?.kill();
      layout.current = null;
      renderer.kill();
      sigma.current = null;
    };
  }, [graph, view]);

  useImperativeHandle(handle, () => {
    const stopLayout = () => layout.current?.stop();
    return {
      fit: () => void sigma.current?.getCamera().animatedReset({ duration: 300 }),
      zoomIn: () => void sigma.current?.getCamera().animatedZoom({ duration: 200 }),
      zoomOut: () => void sigma.current?.getCamera().animatedUnzoom({ duration: 200 }),
      relayout: (seconds) => {
        if (graph.order === 0) return;
        layout.current?.kill();
        layout.current = new BackgroundLayout(graph, (finished) => {
          callbacks.current.onLayoutChange?.(false);
          if (finished) void sigma.current?.getCamera().animatedReset({ duration: 300 });
        });
        layout.current.start(seconds);
        callbacks.current.onLayoutChange?.(true);
      },
      stopLayout,
      isLayoutRunning: () => layout.current?.isRunning() ?? false,
      refresh: () => sigma.current?.refresh({ skipIndexation: true }),
      graphChanged: () => {
        const renderer = sigma.current;
        if (!renderer) return;
        if (!sameRenderClass(renderedAs.current, graph)) {
          renderedAs.current = { order: graph.order, size: graph.size };
          renderer.setSettings(renderSettings(graph));
        }
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
