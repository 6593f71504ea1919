import type { EntityKind } from '@/lib/api/types';
import type { ColourMode, EdgeAttributes, NodeAttributes } from './build';

/** What the analyst chose to see; the sigma reducers read it on every refresh. */
export interface ViewState {
  hiddenKinds: Set<EntityKind>;
  /** ISO dates, inclusive; empty = open. */
  from: string;
  to: string;
  colourMode: ColourMode;
  selected: string[];
  /** Nodes to emphasise (pattern evidence or a found path); empty = no emphasis. */
  highlight: Set<string>;
  hovered?: string;
}

export function emptyView(): ViewState {
  return {
    hiddenKinds: new Set(),
    from: '',
    to: '',
    colourMode: 'kind',
    selected: [],
    highlight: new Set(),
  };
}

/** Is the node outside the chosen kinds or time window. */
export function isNodeFiltered(attributes: NodeAttributes, view: ViewState): boolean {
  if (view.hiddenKinds.has(attributes.kind)) return true;
  if (view.from && attributes.lastSeen && attributes.lastSeen < view.from) return true;
  if (view.to && attributes.firstSeen && attributes.firstSeen.slice(0, 10) > view.to) return true;
  return false;
}

/** An edge is outside the window when its dated records all fall before or after it. */
export function isEdgeFiltered(attributes: EdgeAttributes, view: ViewState): boolean {
  if (view.from && attributes.last && attributes.last < view.from) return true;
  if (view.to && attributes.first && attributes.first.slice(0, 10) > view.to) return true;
  return false;
}
