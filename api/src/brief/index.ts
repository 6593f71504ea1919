import type { Executor } from '@arna/graph';
import type { ApiContext } from '../context.js';
import type { RenderBrief } from '../http/brief-route.js';
import { collectBrief } from './data.js';
import { briefHtml, type BriefMeta } from './html.js';
import { MESSAGES, type BriefLang } from './messages/index.js';
import { htmlToPdf } from './pdf.js';

export type { BriefLang } from './messages/index.js';

export interface BriefOptions {
  lang: BriefLang;
  /** The stated purpose (case number or legal basis), printed in the header. */
  purpose: string;
  user: { username: string; role: string };
  /** When the brief is made (default now); fixed in tests. */
  generatedAt?: Date;
}

/**
 * The case-lead brief of one network as PDF bytes: lead, picture, organizers, members,
 * evidence with sources, timeline, Art. 394 assessment and next steps, in `lang`.
 */
export async function renderNetworkBrief(
  executor: Executor,
  networkId: string,
  options: BriefOptions,
): Promise<Buffer> {
  const data = await collectBrief(executor, networkId, options.lang);
  const meta: BriefMeta = {
    lang: options.lang,
    purpose: options.purpose,
    user: options.user,
    generatedAt: options.generatedAt ?? new Date(),
  };
  const m = MESSAGES[options.lang];
  return htmlToPdf(briefHtml(data, meta), {
    text: `Arna · ${networkId} · ${m.footer.label}`,
    page: m.footer.page,
    of: m.footer.of,
  });
}

/**
 * What `GET /briefs/<networkId>.pdf` calls (api/src/http/brief-route.ts): the route has
 * checked session, role and purpose and audits the export; this reads them from the context.
 */
export const renderBrief: RenderBrief = (ctx: ApiContext, { networkId, lang }) => {
  const user = ctx.requireUser();
  return renderNetworkBrief(ctx.executor, networkId, {
    lang,
    purpose: ctx.purpose ?? '',
    user: { username: user.username, role: user.role },
  });
};
