'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useGuardedTask } from '@/lib/api/use-guarded-task';
import { expand, shortestPaths } from '@/lib/api/investigate';
import { evidenceSources } from '@/lib/api/network';
import {
  entityKinds,
  type EntityKind,
  type Organizer,
  type PatternHit,
  type SubGraph,
} from '@/lib/api/types';
import {
  createNetworkGraph,
  mergeSubGraph,
  type ColourMode,
  type NetworkGraph,
} from '@/lib/graph/build';
import { localPath } from '@/lib/graph/path';
import { emptyView } from '@/lib/graph/view';
import DayInput from '@/components/ui/DayInput';
import ErrorNote from '@/components/ui/ErrorNote';
import type { PatternCatalogue } from '@/components/leads/badges';
import EntityPanel from './EntityPanel';
import Legend from './Legend';
import type { NetworkCanvasHandle } from './NetworkCanvas';

const NetworkCanvas = dynamic(() => import('./NetworkCanvas'), { ssr: false });

interface Props {
  initial: SubGraph;
  organizers?: Organizer[];
  patterns?: PatternHit[];
  catalogue?: PatternCatalogue;
  /** Fetch facts and allow expansion through the API (off for synthetic benchmark graphs). */
  live?: boolean;
}

/**
 * The network view: sigma.js canvas with ForceAtlas2 in a web worker, and around it the
 * analyst's controls (filters by kind and time, colouring, evidence, path, fit/zoom, legend)
 * and a side panel for the selected entity.
 */
export default function NetworkExplorer({
  initial,
  organizers = [],
  patterns = [],
  catalogue,
  live = true,
}: Props) {
  const t = useTranslations('network');
  const [graph] = useState(() => {
    const created = createNetworkGraph();
    mergeSubGraph(created, initial);
    return created;
  });
  const view = useRef(emptyView());
  const canvas = useRef<NetworkCanvasHandle | null>(null);
  const [, setVersion] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [activePattern, setActivePattern] = useState<string | undefined>(undefined);
  const { busy, error, notice, setNotice, guarded: run } = useGuardedTask();

  const rerender = useCallback(() => {
    setVersion((value) => value + 1);
    canvas.current?.refresh();
  }, []);

  const attachCanvas = useCallback((handle: NetworkCanvasHandle | null) => {
    canvas.current = handle;
  }, []);
  // The layout starts once the network is on screen: its worker would compete with the
  // first frame for the CPU.
  const startLayout = useCallback(() => {
    if (canvas.current && !canvas.current.isLayoutRunning()) canvas.current.relayout();
  }, []);

  useEffect(() => () => canvas.current?.stopLayout(), []);

  const kindCounts = useMemo(() => {
    const counts = new Map<EntityKind, number>();
    graph.forEachNode((_, attributes) =>
      counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1),
    );
    return counts;
    // The graph mutates in place; the node count is the cheap change signal.
  }, [graph, graph.order]);

  const select = useCallback(
    (ref: string | undefined, additive: boolean) => {
      const current = view.current.selected;
      if (ref === undefined) view.current.selected = [];
      else if (additive)
        view.current.selected = [...current.filter((item) => item !== ref), ref].slice(-2);
      else view.current.selected = [ref];
      rerender();
    },
    [rerender],
  );

  const hover = useCallback((ref: string | undefined) => {
    view.current.hovered = ref;
    canvas.current?.refresh();
  }, []);

  function toggleKind(kind: EntityKind) {
    const hidden = view.current.hiddenKinds;
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    rerender();
  }

  function setWindow(part: 'from' | 'to', value: string) {
    view.current[part] = value;
    rerender();
  }

  function setColourMode(mode: ColourMode) {
    view.current.colourMode = mode;
    rerender();
  }

  /** Highlights the links whose records the pattern's evidence cites, and their ends. */
  function showPattern(id: string | undefined) {
    setActivePattern(id);
    const pattern = patterns.find((item) => item.id === id);
    const cited = evidenceSources(pattern?.evidence ?? []);
    const highlight = new Set<string>();
    if (cited.size > 0) {
      graph.forEachEdge((_, attributes, source, target) => {
        if (attributes.sources.some((key) => cited.has(key))) {
          highlight.add(source);
          highlight.add(target);
        }
      });
    }
    view.current.highlight = highlight;
    setNotice(
      pattern ? t('evidenceShown', { nodes: highlight.size, facts: cited.size }) : undefined,
    );
    rerender();
  }

  function visibleKinds(): EntityKind[] {
    return entityKinds.filter((kind) => !view.current.hiddenKinds.has(kind));
  }

  const expandNode = (ref: string) =>
    run(async () => {
      const sub = await expand([ref], {
        kinds: visibleKinds(),
        from: view.current.from,
        to: view.current.to,
        limit: 150,
      });
      const added = mergeSubGraph(graph, sub);
      canvas.current?.graphChanged();
      if (added.length > 0) canvas.current?.relayout(3);
      setNotice(
        t('expanded', { count: added.length }) + (sub.truncated ? ` ${t('truncated')}` : ''),
      );
      rerender();
    });

  const findPath = () =>
    run(async () => {
      const [from, to] = view.current.selected;
      if (!from || !to) return;
      let nodes = localPath(graph, from, to);
      if (live) {
        const found = await shortestPaths(from, to);
        if (found.refs.length > 0) {
          const added = mergeSubGraph(graph, found.graph);
          canvas.current?.graphChanged();
          if (added.length > 0) canvas.current?.relayout(2);
          nodes = found.refs;
        }
      }
      setActivePattern(undefined);
      view.current.highlight = new Set(nodes ?? []);
      setNotice(
        nodes && nodes.length > 0 ? t('pathFound', { hops: nodes.length - 1 }) : t('noPath'),
      );
      rerender();
    });

  const selected = view.current.selected;
  const focused = selected[selected.length - 1];
  const organizerOf = (ref: string) => organizers.find((organizer) => organizer.ref === ref);

  return (
    <div
      className="explorer"
      data-testid="network-explorer"
      data-nodes={graph.order}
      data-edges={graph.size}
    >
      <div className="explorer-toolbar">
        <div className="group">
          <button
            type="button"
            className="button small"
            onClick={() => canvas.current?.fit()}
            title={t('fit')}
          >
            {t('fit')}
          </button>
          <button
            type="button"
            className="button small icon"
            onClick={() => canvas.current?.zoomIn()}
            aria-label={t('zoomIn')}
          >
            +
          </button>
          <button
            type="button"
            className="button small icon"
            onClick={() => canvas.current?.zoomOut()}
            aria-label={t('zoomOut')}
          >
            −
          </button>
          <button
            type="button"
            className="button small"
            onClick={() =>
              layoutRunning ? canvas.current?.stopLayout() : canvas.current?.relayout()
            }
          >
            {layoutRunning ? t('stopLayout') : t('runLayout')}
          </button>
        </div>
        <div className="group">
          <label className="inline">
            {t('from')}
            <DayInput
              value={view.current.from}
              onChange={(day) => setWindow('from', day)}
              placeholder={t('dayPlaceholder')}
              calendarLabel={t('calendarFrom')}
            />
          </label>
          <label className="inline">
            {t('to')}
            <DayInput
              value={view.current.to}
              onChange={(day) => setWindow('to', day)}
              placeholder={t('dayPlaceholder')}
              calendarLabel={t('calendarTo')}
            />
          </label>
        </div>
        <div className="group">
          <label className="inline">
            {t('colour')}
            <select
              value={view.current.colourMode}
              onChange={(event) => setColourMode(event.target.value as ColourMode)}
            >
              <option value="kind">{t('byKind')}</option>
              <option value="community">{t('byCommunity')}</option>
            </select>
          </label>
        </div>
        <div className="group">
          <button
            type="button"
            className="button small"
            disabled={selected.length < 2 || busy}
            onClick={findPath}
            title={t('pathHint')}
          >
            {t('findPath')}
          </button>
          {view.current.highlight.size > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => showPattern(undefined)}
            >
              {t('clearHighlight')}
            </button>
          )}
        </div>
        <span className="muted small stats">
          {t('stats', { nodes: graph.order, edges: graph.size })}
          {layoutRunning && ` · ${t('layoutRunning')}`}
        </span>
      </div>
      {patterns.length > 0 && (
        <div className="evidence-bar">
          <span className="muted small">{t('evidence')}</span>
          {patterns.map((pattern) => (
            <button
              key={pattern.id}
              type="button"
              className={`chip ${activePattern === pattern.id ? 'active' : ''}`}
              title={[
                catalogue?.get(pattern.id)?.title ?? pattern.id,
                catalogue?.get(pattern.id)?.legalBasis,
              ]
                .filter(Boolean)
                .join(' — ')}
              onClick={() => showPattern(activePattern === pattern.id ? undefined : pattern.id)}
            >
              <span className="chip-title">{catalogue?.get(pattern.id)?.title ?? pattern.id}</span>
              <span className="badge-count">{pattern.hits}</span>
            </button>
          ))}
        </div>
      )}
      {(error || notice) && (
        <div className="explorer-messages">
          {error && <ErrorNote error={error} />}
          {notice && <span className="notice">{notice}</span>}
        </div>
      )}
      <div className="explorer-body">
        <div className="explorer-canvas">
          <NetworkCanvas
            graph={graph}
            view={view}
            onSelect={select}
            onHover={hover}
            onLayoutChange={setLayoutRunning}
            onFirstFrame={startLayout}
            handle={attachCanvas}
          />
          <Legend
            counts={kindCounts}
            hidden={view.current.hiddenKinds}
            onToggle={toggleKind}
            colourMode={view.current.colourMode}
          />
          <p className="canvas-hint muted small">{t('hint')}</p>
        </div>
        {focused && graph.hasNode(focused) && (
          <EntityPanel
            entityRef={focused}
            attributes={graph.getNodeAttributes(focused)}
            degree={graph.degree(focused)}
            communityShown={sameCommunity(graph, focused)}
            organizer={organizerOf(focused)}
            live={live}
            busy={busy}
            onExpand={() => expandNode(focused)}
            onFocus={() => canvas.current?.focus(focused)}
            onClose={() => select(undefined, false)}
          />
        )}
      </div>
    </div>
  );
}

/** Nodes of the view, `ref` among them, in the Louvain community of `ref` (0: none known). */
function sameCommunity(graph: NetworkGraph, ref: string): number {
  const community = graph.getNodeAttribute(ref, 'community');
  if (community === undefined) return 0;
  return graph.filterNodes((_, attributes) => attributes.community === community).length;
}
