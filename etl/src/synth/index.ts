import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Rng } from './rng.js';
import { DropSink } from './sink.js';
import { World } from './world.js';
import { createCarriers } from './journeys.js';
import {
  bigEmployers,
  hotels,
  largeFamilies,
  ordinaryInviters,
  population,
  smallEmployers,
  travellers,
  universities,
} from './background.js';
import { familyClans, flatsForRent, internationalBuses } from './decoys.js';
import { invitationMill } from './networks/invitation-mill.js';
import { rubberFlat } from './networks/rubber-flat.js';
import { transitCorridor } from './networks/transit-corridor.js';
import { labourChannel } from './networks/labour-channel.js';
import { nomineeFront } from './networks/nominee-front.js';
import type { NetworkRecord } from './networks/plant.js';
import type { Carriers } from './journeys.js';
import { FILES, KINDS, type Kind } from './schema.js';
import { SynthError } from './errors.js';
import { TYPOLOGIES, type DropTruth, type Typology } from './truth.js';

export { SynthError } from './errors.js';
export { idControlDigit } from './ids.js';
export {
  FILES,
  KINDS,
  SCHEMAS,
  FOREIGNER_REQUIRED,
  type Kind,
  type KindSchema,
  type OutputFile,
} from './schema.js';
export { KNOWN_CODES, RISK_COUNTRIES } from './countries.js';
export { BAD_ROW_REASONS } from './noise.js';
export * from './truth.js';

export interface SynthOptions {
  /** 1 ≈ 20,000 rows; rows grow linearly with it. */
  scale?: number;
  seed?: number;
}

export interface SynthSummary {
  dir: string;
  truthPath: string;
  seed: number;
  scale: number;
  rowsPerFile: Record<string, number>;
  rowsPerKind: Record<Kind, number>;
  networksPerTypology: Record<Typology, number>;
  badRows: number;
  identityVariants: number;
  documentConflicts: number;
  seconds: number;
}

type Planter = (w: World, c: Carriers, id: string) => NetworkRecord;
const PLANTERS: Readonly<Record<Typology, Planter>> = {
  'invitation-mill': invitationMill,
  'rubber-flat': rubberFlat,
  'transit-corridor': transitCorridor,
  'labour-channel': labourChannel,
  'nominee-front': nomineeFront,
};

/** The truth file of a drop folder: the sibling `<dir>.truth.json`. */
export function truthPathFor(dir: string): string {
  const abs = resolve(dir);
  return join(dirname(abs), `${basename(abs)}.truth.json`);
}

function prepareDir(dir: string): void {
  if (existsSync(dir)) {
    const ours = new Set<string>(Object.values(FILES).map((f) => f.name));
    const foreign = readdirSync(dir).filter((name) => !ours.has(name));
    if (foreign.length > 0) {
      throw new SynthError(
        'DIR_NOT_EMPTY',
        `${dir} holds files that are not part of a synthetic drop (${foreign.slice(0, 3).join(', ')}); choose an empty or new folder`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
}

/**
 * Writes a whole synthetic country as a drop into `dir` and its ground truth beside it.
 * Deterministic: the same seed and scale give byte-identical files.
 */
export function generateDrop(dir: string, options: SynthOptions = {}): SynthSummary {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  if (!(scale > 0) || scale > 1000)
    throw new SynthError('BAD_SCALE', `scale must be in (0, 1000], got ${scale}`);
  if (!Number.isInteger(seed) || seed < 0)
    throw new SynthError('BAD_SEED', `seed must be a non-negative integer, got ${seed}`);
  const out = resolve(dir);
  prepareDir(out);
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.staging-`));
  try {
    const rng = new Rng(seed);
    const sink = new DropSink(staging);
    const w = new World(rng.fork('world'), sink);
    const count = (perScale: number): number => Math.max(1, Math.round(perScale * scale));
    // Hubs grow in number and in size (√scale each), so their totals stay linear in scale.
    const hubCount = (perScale: number): number =>
      Math.max(1, Math.round(perScale * Math.sqrt(scale)));
    const hubSize = (perScale: number): number =>
      Math.max(5, Math.round(perScale * Math.sqrt(scale)));

    const carriers = createCarriers(w, scale);
    population(w, count(1400), count(170));
    universities(w, carriers, hubCount(3), hubSize(120));
    hotels(w, carriers, hubCount(8), hubSize(75));
    bigEmployers(w, carriers, hubCount(3), hubSize(120));
    smallEmployers(w, carriers, count(80));
    largeFamilies(w, carriers, count(40));
    ordinaryInviters(w, carriers, count(850));
    travellers(w, carriers, count(480));
    familyClans(w, carriers, count(2));
    flatsForRent(w, carriers, count(2));
    internationalBuses(w, count(1.5));

    const networksPerTypology = {} as Record<Typology, number>;
    const planRng = rng.fork('plan');
    for (const typology of TYPOLOGIES) {
      const n = Math.max(1, Math.round(scale * (2 + planRng.next())));
      networksPerTypology[typology] = n;
      for (let i = 1; i <= n; i++) {
        const id = `${typology}-${String(i).padStart(3, '0')}`;
        w.networks.push(w.plant(() => PLANTERS[typology](w, carriers, id)).done());
      }
    }

    const written = sink.writeFiles(out);
    const rowsPerKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    for (const file of Object.values(FILES))
      rowsPerKind[file.kind] += written.rowsPerFile[file.name] ?? 0;
    const truth: DropTruth = {
      seed,
      scale,
      rows: rowsPerKind,
      networks: w.networks,
      legitimateHubs: w.hubs,
      badRows: written.badRows,
      identityVariants: written.identityVariants,
      documentConflicts: w.documentConflicts,
    };
    const truthPath = truthPathFor(out);
    writeFileSync(truthPath, JSON.stringify(truth, null, 1) + '\n');
    return {
      dir: out,
      truthPath,
      seed,
      scale,
      rowsPerFile: written.rowsPerFile,
      rowsPerKind,
      networksPerTypology,
      badRows: written.badRows.length,
      identityVariants: written.identityVariants.length,
      documentConflicts: w.documentConflicts.length,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
