import type { BadRow, IdentityVariant } from './sink.js';

/** The ground truth written beside a drop (`<dir>.truth.json`), exactly as the contract says. */
export const TYPOLOGIES = [
  'invitation-mill',
  'rubber-flat',
  'transit-corridor',
  'labour-channel',
  'nominee-front',
] as const;
export type Typology = (typeof TYPOLOGIES)[number];

export type Organizer = { kind: 'person'; iin: string } | { kind: 'organization'; bin: string };

export type Member =
  | { kind: 'person'; iin: string; role: string }
  | { kind: 'organization'; bin: string; role: string }
  | { kind: 'migrant'; passport_country: string; passport_no: string; role: 'migrant' }
  | { kind: 'address'; rka?: string; text: string; role: string }
  | { kind: 'vehicle'; plate: string; role: string };

export interface PlantedNetwork {
  id: string;
  typology: Typology;
  organizers: Organizer[];
  members: Member[];
}

export type HubType = 'university' | 'hotel' | 'railway' | 'airline' | 'employer' | 'family';
export type LegitimateHub =
  | { kind: 'organization'; bin: string; type: HubType; name: string }
  | { kind: 'person'; iin: string; type: HubType; name: string };

export interface DocumentConflict {
  passport_country: string;
  passport_no: string;
}

export interface DropTruth {
  seed: number;
  scale: number;
  rows: Record<string, number>;
  networks: PlantedNetwork[];
  legitimateHubs: LegitimateHub[];
  badRows: BadRow[];
  identityVariants: IdentityVariant[];
  documentConflicts: DocumentConflict[];
}
