import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiContext } from '../context.js';
import { ForbiddenError, PurposeRequiredError, UnauthenticatedError } from '../errors.js';
import { requestContext, type ServerDeps } from './request-context.js';

export type BriefLang = 'ru' | 'kk' | 'en';

/**
 * What `api/src/brief/index.ts` (the investigation engineer's) exports: the case-lead brief
 * of one network as PDF bytes. The route has already checked session, role and purpose, and
 * audits the export after the bytes exist.
 */
export type RenderBrief = (
  ctx: ApiContext,
  input: { networkId: string; lang: BriefLang },
) => Promise<Uint8Array>;

/** Roles that may export a brief (it carries personal data of the network's members). */
export const BRIEF_ROLES = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'] as const;

/**
 * `renderBrief` of `api/src/brief/index.ts`, imported on first use: rendering pulls in a
 * headless browser driver that the rest of the API does not need at start-up.
 */
async function loadRenderBrief(): Promise<RenderBrief> {
  const { renderBrief } = await import('../brief/index.js');
  return renderBrief;
}

/** `GET /briefs/<networkId>.pdf?lang=ru|kk|en[&purpose=…]` */
export async function handleBrief(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  networkId: string,
  deps: ServerDeps,
): Promise<void> {
  const ctx = await requestContext(request, deps, url.searchParams);
  if (!ctx.user) throw new UnauthenticatedError();
  if (!(BRIEF_ROLES as readonly string[]).includes(ctx.user.role)) {
    throw new ForbiddenError('GET /briefs', BRIEF_ROLES);
  }
  if (!ctx.purpose) throw new PurposeRequiredError();
  const langParam = url.searchParams.get('lang') ?? 'ru';
  const lang: BriefLang = langParam === 'kk' || langParam === 'en' ? langParam : 'ru';
  const renderBrief = await loadRenderBrief();
  const pdf = await renderBrief(ctx, { networkId, lang });
  await ctx.audit('export.brief', { networkId, lang, bytes: pdf.byteLength });
  response.statusCode = 200;
  response.setHeader('content-type', 'application/pdf');
  response.setHeader(
    'content-disposition',
    `attachment; filename="brief-${networkId}-${lang}.pdf"`,
  );
  response.setHeader('cache-control', 'no-store');
  if (ctx.setCookies.length > 0) response.setHeader('set-cookie', ctx.setCookies);
  response.end(pdf);
}
