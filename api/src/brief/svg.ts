import type { EntityKind, GraphNode, GraphView, NodeKind } from '@arna/graph/investigate';
import { esc } from './escape.js';
import type { Point } from './layout.js';

interface KindStyle {
  color: string;
  shape: Shape;
}

/**
 * Colour and shape per kind of entity (the kinds of @arna/graph/investigate's refs.ts: a new
 * kind fails to compile until it has a style); the legend uses the same table.
 */
const KIND_STYLE: Record<EntityKind, KindStyle> = {
  person: { color: '#2563eb', shape: 'circle' },
  organization: { color: '#7c3aed', shape: 'square' },
  foreigner: { color: '#059669', shape: 'circle' },
  address: { color: '#d97706', shape: 'diamond' },
  phone: { color: '#64748b', shape: 'circle' },
  vehicle: { color: '#dc2626', shape: 'triangle' },
  document: { color: '#0891b2', shape: 'square' },
};

type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

/** Events (drawn only in the events form) and anything unforeseen. */
const OTHER_STYLE: KindStyle = { color: '#475569', shape: 'circle' };

/** The kinds the legend explains: those with a style of their own. */
export function hasKindStyle(kind: NodeKind): kind is EntityKind {
  return Object.hasOwn(KIND_STYLE, kind);
}

const WIDTH = 760;
const HEIGHT = 400;
const PAD = 36;
/** Room on the right for the labels of the rightmost nodes. */
const LABEL_ROOM = 120;
const ORGANIZER_RING = '#f59e0b';
/** Relations from the registers, drawn dashed to tell them from shared records. */
const REGISTER_KINDS = new Set([
  'director',
  'founder',
  'lives_at',
  'legal_address',
  'has_phone',
  'holds',
]);
/** Beyond these sizes only organizers (then also parties) keep their labels, or the picture turns to ink. */
const LABEL_ALL_UP_TO = 25;
const LABEL_PARTIES_UP_TO = 60;

/** The network as an SVG drawing (inline in the brief's HTML). */
export function networkSvg(view: GraphView, positions: Map<string, Point>): string {
  const place = fitter(positions);
  const at = new Map(view.nodes.map((n) => [n.ref, place(positions.get(n.ref) ?? { x: 0, y: 0 })]));
  const edges = view.edges
    .map((edge) => {
      const a = at.get(edge.source);
      const b = at.get(edge.target);
      if (!a || !b) return '';
      const width = (0.8 + Math.log2(edge.count) * 0.7).toFixed(2);
      const dash = REGISTER_KINDS.has(edge.kind) ? ' stroke-dasharray="4 3"' : '';
      return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${width}"${dash}/>`;
    })
    .join('');
  // Organizers last, so they are drawn on top.
  const ordered = [...view.nodes].sort((a, b) => Number(a.organizer) - Number(b.organizer));
  const nodes = ordered.map((node) => nodeMark(node, at.get(node.ref)!)).join('');
  const labels = ordered
    .filter((node) => showLabel(node, view.nodes.length))
    .map((node) => {
      const p = at.get(node.ref)!;
      const weight = node.organizer ? ' font-weight="bold"' : '';
      return `<text x="${(p.x + radius(node) + 3).toFixed(1)}" y="${(p.y + 3).toFixed(1)}"${weight}>${esc(short(node.label))}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f8fafc" rx="6"/>` +
    `<g stroke="#94a3b8" stroke-opacity="0.75" fill="none">${edges}</g>` +
    `<g>${nodes}</g>` +
    `<g font-family="DejaVu Sans, sans-serif" font-size="9" fill="#0f172a" stroke="#f8fafc" stroke-width="2.5" paint-order="stroke">${labels}</g>` +
    `</svg>`
  );
}

/** A legend symbol (kind shape, optionally ringed as an organizer) as a small SVG. */
export function legendSymbol(kind: NodeKind, organizer = false): string {
  const node = { kind, organizer };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="14" height="14">${nodeMark(node, { x: 12, y: 12 }, 6)}</svg>`;
}

function nodeMark(node: Pick<GraphNode, 'kind' | 'organizer'>, p: Point, r = radius(node)): string {
  const style = hasKindStyle(node.kind) ? KIND_STYLE[node.kind] : OTHER_STYLE;
  const ring = node.organizer
    ? `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(r + 4).toFixed(1)}" fill="none" stroke="${ORGANIZER_RING}" stroke-width="2.5"/>`
    : '';
  const paint = `fill="${style.color}" stroke="#ffffff" stroke-width="1.2"`;
  const x = p.x;
  const y = p.y;
  switch (style.shape) {
    case 'square':
      return `${ring}<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="2" ${paint}/>`;
    case 'diamond':
      return `${ring}<polygon points="${pts([x, y - r * 1.2], [x + r * 1.2, y], [x, y + r * 1.2], [x - r * 1.2, y])}" ${paint}/>`;
    case 'triangle':
      return `${ring}<polygon points="${pts([x, y - r * 1.2], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8])}" ${paint}/>`;
    default:
      return `${ring}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" ${paint}/>`;
  }
}

function pts(...points: [number, number][]): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

function radius(node: Pick<GraphNode, 'kind' | 'organizer'>): number {
  if (node.organizer) return 9;
  if (node.kind === 'person' || node.kind === 'organization') return 7;
  return node.kind === 'foreigner' ? 4.5 : 5.5;
}

function showLabel(node: GraphNode, size: number): boolean {
  if (node.organizer || size <= LABEL_ALL_UP_TO) return true;
  return size <= LABEL_PARTIES_UP_TO && (node.kind === 'person' || node.kind === 'organization');
}

function short(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29)}…` : label;
}

/** Maps layout coordinates into the drawing, keeping the aspect ratio. */
function fitter(positions: Map<string, Point>): (p: Point) => Point {
  const all = [...positions.values()];
  if (all.length === 0) return () => ({ x: WIDTH / 2, y: HEIGHT / 2 });
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  // A single node (or a line) has no span on an axis: any positive span centres it.
  const spanX = Math.max(Math.max(...xs) - minX, 1e-9);
  const spanY = Math.max(Math.max(...ys) - minY, 1e-9);
  const scale = Math.min((WIDTH - 2 * PAD - LABEL_ROOM) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const offsetX = (WIDTH - LABEL_ROOM - spanX * scale) / 2;
  const offsetY = (HEIGHT - spanY * scale) / 2;
  return (p) => ({ x: offsetX + (p.x - minX) * scale, y: offsetY + (p.y - minY) * scale });
}
