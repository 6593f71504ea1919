import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { DetectionConfigError } from './errors.js';

const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code');
const meaning = z.object({
  ru: z.string(),
  kk: z.string(),
  en: z.string(),
  role: z.string(),
});

const domainSchema = z.object({
  riskCountries: z.array(alpha3).min(1),
  homeCountry: alpha3,
  articles: z.record(z.string(), meaning),
  violationArticles: z.array(z.string()).min(1),
  transitDays: z.number().int().positive(),
  quickExitDays: z.number().int().positive(),
  overstayGraceDays: z.number().int().min(0),
  legitimateHubs: z.object({
    activities: z.record(z.string(), z.string()),
    frontViolationRate: z.number().min(0).max(1),
    frontMinViolators: z.number().int().min(1),
    frontUnpermittedRate: z.number().min(0).max(1),
    minFamilySharedSurname: z.number().min(0).max(1),
    familyMinKin: z.number().int().min(1),
    familyOneCountryShare: z.number().min(0).max(1),
    largeEmployerWorkers: z.number().int().positive(),
    largeFamilyGuests: z.number().int().positive(),
    suppression: z.number().min(0).max(1),
  }),
  detection: z.object({
    seed: z.number().int(),
    resolution: z.number().positive(),
    minNetworkScore: z.number().min(0).max(1),
    maxNetworks: z.number().int().positive(),
    maxOrganizers: z.number().int().positive(),
    patternTimeoutMs: z.number().int().positive(),
    trackingJaccard: z.number().min(0).max(1),
  }),
  weights: z.object({
    patternDiversityBonus: z.number().min(0),
    communityCohesion: z.number().min(0).max(1),
    /** Louvain edge weight per record of each link kind (see projection.ts). */
    projection: z.object({
      event: z.number().positive(),
      founder: z.number().positive(),
      director: z.number().positive(),
      owns: z.number().positive(),
      contact: z.number().positive(),
      document: z.number().positive(),
    }),
    organizer: z.object({
      hitScore: z.number().min(0),
      control: z.number().min(0),
      sharedContact: z.number().min(0),
      centrality: z.number().min(0).max(1),
      /** A director's control counts at this share of a founder's (nominee directors are common). */
      directorShare: z.number().min(0).max(1),
      /** Evidence credited for each active party using a phone or flat, hits or not. */
      unevidencedUser: z.number().min(0),
      roles: z.record(z.string(), z.number().min(0)),
    }),
  }),
});

export type DomainConfig = z.infer<typeof domainSchema>;

/** `config/domain.json` at the repo root, or `ARNA_DOMAIN_CONFIG` when set. */
export function domainConfigPath(): string {
  return process.env['ARNA_DOMAIN_CONFIG'] ?? path.join(repoRoot, 'config', 'domain.json');
}

const cache = new Map<string, DomainConfig>();

/**
 * The domain configuration (risk countries, article meanings, detection weights), validated
 * once. Other teams read it through this function, never by opening the file themselves.
 */
export function loadDomainConfig(file: string = domainConfigPath()): DomainConfig {
  const cached = cache.get(file);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DetectionConfigError(file, `cannot read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = domainSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DetectionConfigError(
      file,
      `${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
