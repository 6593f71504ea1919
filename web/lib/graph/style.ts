import type { EntityKind } from '@/lib/api/types';

/**
 * Visual language of the network view: one calm colour and one pictogram per entity kind,
 * a ring for organizers, a qualitative palette for communities. Colours are chosen to stay
 * distinguishable for the common colour-vision deficiencies and on a light background.
 */
export const kindColor: Record<EntityKind, string> = {
  person: '#3566a0',
  organization: '#6f4fa0',
  foreigner: '#b86f1f',
  address: '#2f8060',
  phone: '#4f7585',
  vehicle: '#9c3f3f',
  document: '#7d7a45',
  event: '#8d96a0',
};

export const organizerRing = '#c0272d';
export const evidenceRing = '#e0a400';
export const pathRing = '#111827';
/**
 * Hubs (more records than an expansion shows: a hotel, a national carrier): a wide, light
 * grey halo, so they read as "big, partly shown" and never as a suspect's red ring.
 */
export const hubRing = '#a3adb8';
export const dimmedColor = '#d9dde2';
export const edgeColor = '#b8c0c9';
export const edgeHighlight = '#394150';

const communityPalette = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#e15759',
  '#9c755f',
  '#ff9da7',
  '#bab0ac',
];

export function communityColor(community: string | undefined): string {
  if (!community) return '#9aa3ad';
  let hash = 0;
  for (const char of community) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return communityPalette[Math.abs(hash) % communityPalette.length] ?? '#9aa3ad';
}

/** 24×24 white pictograms; the WebGL program tints them, so only the shape matters. */
const iconPaths: Record<EntityKind, string> = {
  person:
    '<circle cx="12" cy="7.5" r="4.2"/><path d="M3.5 21c0-4.8 3.8-7.6 8.5-7.6s8.5 2.8 8.5 7.6z"/>',
  organization: '<path d="M3 21V4.5L12 2v19zM13.5 21V8.5L21 10.5V21z"/>',
  foreigner:
    '<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16 16 0 0 0 0 4zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6C8.9 5.5 8.4 6.7 8 8zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6zm1.7-5.6a16 16 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z"/>',
  address: '<path d="M12 2.5 2.5 11h2.8v10h5.2v-6h3v6h5.2V11h2.8z"/>',
  phone:
    '<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/>',
  vehicle:
    '<path d="M18.9 6a1.5 1.5 0 0 0-1.4-1h-11a1.5 1.5 0 0 0-1.4 1L3 12v8a1 1 0 0 0 1 1h1a1 1 0 0 0 1-1v-1h12v1a1 1 0 0 0 1 1h1a1 1 0 0 0 1-1v-8zM6.5 16A1.5 1.5 0 1 1 8 14.5 1.5 1.5 0 0 1 6.5 16zm11 0a1.5 1.5 0 1 1 1.5-1.5 1.5 1.5 0 0 1-1.5 1.5zM5 11l1.5-4.5h11L19 11z"/>',
  document: '<path d="M6 2h8l6 6v14H6zm7 1.5V9h5.5z"/>',
  event: '<path d="M12 3 21 12 12 21 3 12z"/>',
};

const iconCache = new Map<EntityKind, string>();

/** A data-URL SVG pictogram for a kind (used by the node-image program and the legend). */
export function kindIcon(kind: EntityKind): string {
  let url = iconCache.get(kind);
  if (!url) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 24 24" fill="#fff">${iconPaths[kind]}</svg>`;
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    iconCache.set(kind, url);
  }
  return url;
}

const roleWeight: Record<string, number> = {
  organizer: 1,
  inviter: 0.7,
  recruiter: 0.7,
  host: 0.65,
  'housing provider': 0.65,
  carrier: 0.65,
  transporter: 0.65,
  driver: 0.55,
  employer: 0.65,
  'document supplier': 0.65,
  petitioner: 0.6,
  director: 0.6,
  founder: 0.6,
  nominee: 0.5,
  'registration address': 0.45,
  address: 0.4,
  vehicle: 0.45,
  phone: 0.35,
  migrant: 0.25,
};

/**
 * Node size in pixels: organizers first (by their rank), then how central the role is, with
 * a gentle boost for degree so hubs stand out without swamping the picture.
 */
export function nodeSize(input: { role?: string; organizerRank?: number; degree: number }): number {
  const role = input.role ? (roleWeight[input.role.toLowerCase()] ?? 0.4) : 0.3;
  const organizer = input.organizerRank ? 1 + 1 / input.organizerRank : 0;
  return 4 + 6 * role + 5 * organizer + 1.6 * Math.log2(1 + input.degree);
}
