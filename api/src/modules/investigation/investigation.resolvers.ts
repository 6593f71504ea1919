import {
  expand,
  networkGraph,
  profile,
  search,
  shortestPaths,
  timeline,
  type EntityKind,
  type EventKind,
} from '@arna/graph/investigate';
import type { Resolvers } from '../../generated/graphql.js';
import { audited } from './audited.js';
import { countryNames, namedCountries } from './country-names.js';

const some = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
const kinds = (value: string[] | null | undefined) => some(value) as EntityKind[] | undefined;
const eventKinds = (value: string[] | null | undefined) => some(value) as EventKind[] | undefined;

/** One-liners into @arna/graph/investigate; each view of personal data is audited after it succeeds. */
export const investigationResolvers: Resolvers = {
  Query: {
    search: (_root, args, ctx) =>
      audited(
        ctx,
        'search',
        args,
        search(ctx.executor, args.text, { kinds: kinds(args.kinds), limit: some(args.limit) }),
        (hits) => ({
          shown: hits.map((h) => h.ref),
        }),
      ),
    entity: (_root, args, ctx) =>
      audited(
        ctx,
        'view.entity',
        args,
        profile(ctx.executor, args.ref, {
          from: args.from,
          to: args.to,
          factsLimit: some(args.factsLimit),
          lang: some(args.lang),
        }),
      ),
    expand: (_root, args, ctx) =>
      audited(
        ctx,
        'view.graph',
        args,
        expand(ctx.executor, args.refs, {
          kinds: kinds(args.kinds),
          eventKinds: eventKinds(args.eventKinds),
          from: args.from,
          to: args.to,
          depth: some(args.depth),
          limit: some(args.limit),
          perNodeLimit: some(args.perNodeLimit),
          form: args.form === 'EVENTS' ? 'events' : 'folded',
        }),
        (view) => ({ shown: view.nodes.length }),
      ),
    networkGraph: (_root, args, ctx) =>
      audited(ctx, 'view.graph', args, networkGraph(ctx.executor, args.networkId), (view) => ({
        shown: view.nodes.length,
      })),
    paths: (_root, args, ctx) =>
      audited(
        ctx,
        'view.paths',
        args,
        shortestPaths(ctx.executor, args.from, args.to, {
          maxHops: some(args.maxHops),
          avoid: some(args.avoid),
          limit: some(args.limit),
        }),
        (result) => ({
          shown: result.paths.length,
        }),
      ),
    timeline: (_root, args, ctx) =>
      audited(
        ctx,
        'view.timeline',
        args,
        timeline(ctx.executor, args.subject, {
          from: args.from,
          to: args.to,
          limit: some(args.limit),
        }),
        (t) => ({
          shown: t.facts.length,
        }),
      ),
  },
  EntityDetail: {
    countries: (entity, { lang }) => countryNames(entity.properties, lang ?? 'ru'),
  },
  Fact: {
    countries: (fact, { lang }) => countryNames(fact.properties, lang ?? 'ru'),
  },
  EntityProfile: {
    linkedCountries: (profile, { lang }) => namedCountries(profile.linkedCountries, lang ?? 'ru'),
  },
  SearchHit: {
    countries: (hit, { lang }) => namedCountries(hit.countries, lang ?? 'ru'),
  },
};
