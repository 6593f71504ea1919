import { readLead, readLeads, runDetection, type PersistedLead } from '@arna/graph/detect';
import {
  actOnLead,
  DISMISS_REASONS,
  initialLeadState,
  leadIdsByState,
  pageWindow,
  readLeadWorkflows,
  withDeadlines,
  type LeadAction,
  type LeadWorkflow,
} from '@arna/graph/app';
import type { ApiContext } from '../../context.js';
import { nameParties, type NamedLead } from './party-names.js';

export type LeadWithWorkflow = NamedLead<PersistedLead> & { workflow: LeadWorkflow };
export type Lang = 'ru' | 'kk' | 'en';

const MAX_PAGE = 100;

export interface LeadsFilter {
  offset: number;
  limit: number;
  minScore?: number | null;
  pattern?: string | null;
  status?: string[] | null;
  assignee?: string | null;
  search?: string | null;
  lang: Lang;
}

/**
 * A page of leads with their workflow. Detection's `readLeads` pages by its own filters;
 * when the page is filtered by workflow status or assignee the ids come from the workflow
 * join and each network is read with `readLead`.
 */
export async function leadsPage(ctx: ApiContext, filter: LeadsFilter) {
  const { offset, limit } = pageWindow(filter.offset, filter.limit, MAX_PAGE);
  const byWorkflow = (filter.status?.length ?? 0) > 0 || Boolean(filter.assignee);
  let total: number;
  let networks: PersistedLead[];
  if (byWorkflow) {
    const page = await leadIdsByState(ctx.executor, {
      ...filter,
      statuses: filter.status ?? null,
      offset,
      limit,
    });
    total = page.total;
    networks = await Promise.all(
      page.ids.map((id) => readLead(ctx.executor, id, { lang: filter.lang })),
    );
  } else {
    const page = await readLeads(ctx.executor, {
      offset,
      limit,
      lang: filter.lang,
      ...(filter.minScore == null ? {} : { minScore: filter.minScore }),
      ...(filter.pattern ? { pattern: filter.pattern } : {}),
      ...(filter.search ? { search: filter.search } : {}),
    });
    total = page.total;
    networks = page.networks;
  }
  const [workflows, named] = await Promise.all([
    readLeadWorkflows(
      ctx.executor,
      networks.map((n) => n.id),
    ),
    nameParties(ctx.executor, networks, ctx.purpose, { members: false }),
  ]);
  await ctx.audit('view.leads', {
    ...filter,
    offset,
    limit,
    returned: networks.map((n) => n.id),
    organizerNames: named.named,
  });
  return { total, offset, limit, leads: named.leads.map((n) => attach(n, workflows)) };
}

export async function leadById(ctx: ApiContext, id: string, lang: Lang): Promise<LeadWithWorkflow> {
  const network = await readLead(ctx.executor, id, { lang });
  const [workflows, named] = await Promise.all([
    readLeadWorkflows(ctx.executor, [id]),
    nameParties(ctx.executor, [network], ctx.purpose, { members: true }),
  ]);
  await ctx.audit('view.lead', { networkId: id, names: named.named });
  const [lead] = named.leads;
  if (!lead) throw new TypeError(`lead ${id}: naming lost the network`);
  return attach(lead, workflows);
}

/** `readLeadWorkflows` answers for every id; the fallback only covers a network deleted meanwhile. */
function attach(
  network: NamedLead<PersistedLead>,
  workflows: Map<string, LeadWorkflow>,
): LeadWithWorkflow {
  const workflow =
    workflows.get(network.id) ??
    withDeadlines(initialLeadState(network.id, new Date().toISOString()));
  return { ...network, workflow };
}

/** A workflow action by the signed-in user, audited as `lead.<action>`. */
export async function leadAction(ctx: ApiContext, networkId: string, action: LeadAction) {
  const { workflow, event } = await actOnLead(ctx.executor, networkId, action, ctx.requireUser());
  await ctx.audit(`lead.${action.type}`, { networkId, ...event.details, toStatus: event.toStatus });
  return workflow;
}

export async function runDetectionNow(ctx: ApiContext) {
  await ctx.audit('detection.start', {});
  const started = performance.now();
  const result = await runDetection(ctx.executor);
  await ctx.audit('detection.finish', {
    networks: result.networks.length,
    ms: Math.round(performance.now() - started),
  });
  return {
    generatedAt: result.generatedAt,
    dataset: result.dataset,
    networks: result.networks.length,
  };
}

/** `reason` is the enum's internal value, which is the code itself. */
export function dismissReasons() {
  return Object.entries(DISMISS_REASONS).map(([code, meaning]) => ({
    reason: code as keyof typeof DISMISS_REASONS,
    code,
    meaning,
  }));
}
