import { readLeadHistory } from '@arna/graph/app';
import { countryName } from '@arna/graph/text';
import type { Resolvers } from '../../generated/graphql.js';
import { dismissReasons, leadAction, leadById, leadsPage, runDetectionNow } from './leads.js';
import { memberRef } from './member-ref.js';

const lang = (value: string | null | undefined) => (value ?? 'ru') as 'ru' | 'kk' | 'en';

export const leadsResolvers: Resolvers = {
  LeadStatus: {
    NEW: 'new',
    ACKNOWLEDGED: 'acknowledged',
    IN_REVIEW: 'in_review',
    NOTIFIED: 'notified',
    DISMISSED: 'dismissed',
    CASE_OPENED: 'case_opened',
  },
  DismissReason: { DATA_MISMATCH: '01', DUPLICATE: '02', NOT_RELEVANT: '06' },
  Lang: { RU: 'ru', KK: 'kk', EN: 'en' },
  Query: {
    leads: (_root, args, ctx) =>
      leadsPage(ctx, {
        ...args,
        offset: args.offset ?? 0,
        limit: args.limit ?? 20,
        lang: lang(args.lang),
      }),
    lead: (_root, args, ctx) => leadById(ctx, args.id, lang(args.lang)),
    dismissReasons: () => dismissReasons(),
  },
  Mutation: {
    runDetection: (_root, _args, ctx) => runDetectionNow(ctx),
    acknowledgeLead: (_root, { networkId, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'acknowledge', ...(note ? { note } : {}) }),
    startLeadReview: (_root, { networkId, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'start_review', ...(note ? { note } : {}) }),
    notifyLead: (_root, { networkId, service, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'notify', service, ...(note ? { note } : {}) }),
    dismissLead: (_root, { networkId, reasonCode, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'dismiss', reasonCode, note }),
    openLeadCase: (_root, { networkId, caseNumber, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'open_case', caseNumber, ...(note ? { note } : {}) }),
    reopenLead: (_root, { networkId, note }, ctx) =>
      leadAction(ctx, networkId, { type: 'reopen', note }),
    assignLead: (_root, { networkId, assignee }, ctx) =>
      leadAction(ctx, networkId, { type: 'assign', assignee: assignee ?? null }),
    commentLead: (_root, { networkId, text }, ctx) =>
      leadAction(ctx, networkId, { type: 'comment', text }),
  },
  LeadOrganizer: {
    ref: (organizer) => memberRef(organizer) ?? '',
    iin: (organizer) => (organizer.kind === 'person' ? organizer.iin : null),
    bin: (organizer) => (organizer.kind === 'organization' ? organizer.bin : null),
  },
  LeadMember: {
    ref: (member) => memberRef(member),
    iin: (m) => (m.kind === 'person' ? m.iin : null),
    bin: (m) => (m.kind === 'organization' ? m.bin : null),
    passportCountry: (m) => (m.kind === 'migrant' ? m.passport_country : null),
    passportCountryName: (m, args) =>
      m.kind === 'migrant' ? countryName(m.passport_country, lang(args.lang)) : null,
    passportNo: (m) => (m.kind === 'migrant' ? m.passport_no : null),
    rka: (m) => (m.kind === 'address' ? (m.rka ?? null) : null),
    text: (m) => (m.kind === 'address' ? m.text : null),
    plate: (m) => (m.kind === 'vehicle' ? m.plate : null),
  },
  LeadWorkflow: {
    history: (workflow, _args, ctx) => readLeadHistory(ctx.executor, workflow.networkId),
  },
};
