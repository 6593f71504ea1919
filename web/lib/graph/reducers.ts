import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { fillColor, type EdgeAttributes, type NetworkGraph, type NodeAttributes } from './build';
import {
  dimmedColor,
  edgeHighlight,
  evidenceRing,
  hubRing,
  organizerRing,
  pathRing,
} from './style';
import { isEdgeFiltered, isNodeFiltered, type ViewState } from './view';

const fadedEdge = '#eceff2';

/**
 * Sigma's node and edge reducers for the view state. They run for every node and edge on
 * each refresh (a filter, a hover, a selection, every layout step), so they allocate
 * nothing: sigma hands them its own shallow copy of the attributes, which they edit and
 * return, and what depends on the whole view (the hovered node's neighbourhood) is computed
 * once per change, not once per node.
 */
export function viewReducers(graph: NetworkGraph, view: { current: ViewState }) {
  let hoverKey: string | undefined;
  let hoverFocus: Set<string> | undefined;
  /** The hovered node and its neighbours, or undefined when nothing is hovered. */
  const focusOfHover = (state: ViewState): Set<string> | undefined => {
    const hovered = state.hovered && graph.hasNode(state.hovered) ? state.hovered : undefined;
    if (hovered !== hoverKey) {
      hoverKey = hovered;
      hoverFocus = hovered ? new Set([hovered, ...graph.neighbors(hovered)]) : undefined;
    }
    return hoverFocus;
  };

  const nodeReducer = (ref: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const state = view.current;
    if (isNodeFiltered(data, state)) {
      data.hidden = true;
      return data;
    }
    data.color = fillColor(data, state.colourMode);
    const organizer = data.organizerRank !== undefined || data.organizer === true;
    if (organizer) {
      data.borderColor = organizerRing;
      data.borderSize = 0.22;
      data.zIndex = 2;
    } else if (data.hub === true) {
      data.borderColor = hubRing;
      data.borderSize = 0.3;
      data.zIndex = 1;
    }
    const emphasis = state.highlight.size > 0 ? state.highlight : undefined;
    const focus = focusOfHover(state);
    if ((emphasis && !emphasis.has(ref)) || (focus && !focus.has(ref))) {
      data.color = dimmedColor;
      data.pictoColor = '#f5f6f8';
      data.borderSize = 0;
      data.label = '';
      data.zIndex = 0;
    } else if (emphasis) {
      data.borderColor = organizer ? organizerRing : evidenceRing;
      data.borderSize = 0.26;
      data.forceLabel = true;
      data.zIndex = 3;
    }
    if (state.selected.includes(ref)) {
      data.borderColor = pathRing;
      data.borderSize = 0.3;
      data.forceLabel = true;
      data.highlighted = true;
      data.zIndex = 4;
    }
    data.type = data.borderSize > 0 ? 'ringed' : 'entity';
    return data;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const state = view.current;
    if (isEdgeFiltered(data, state)) {
      data.hidden = true;
      return data;
    }
    const focus = focusOfHover(state);
    if (!focus && state.highlight.size === 0) return data;
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (focus && source !== hoverKey && target !== hoverKey) {
      data.color = fadedEdge;
    } else if (state.highlight.size > 0) {
      if (state.highlight.has(source) && state.highlight.has(target)) {
        data.color = edgeHighlight;
        data.size += 1.5;
        data.zIndex = 2;
      } else {
        data.color = fadedEdge;
      }
    }
    return data;
  };

  return { nodeReducer, edgeReducer };
}
