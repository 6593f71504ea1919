import type { Locale } from '@/i18n/locales';
import { readPurpose } from '@/lib/session/purpose';
import { ApiError } from './errors';

/**
 * The case-lead brief PDF, rendered by the API (`GET /briefs/<networkId>.pdf`, same session
 * cookie; the purpose travels as a header like every other request).
 */
export async function downloadBrief(networkId: string, lang: Locale): Promise<Blob> {
  const purpose = readPurpose();
  const response = await fetch(`/briefs/${encodeURIComponent(networkId)}.pdf?lang=${lang}`, {
    credentials: 'same-origin',
    headers: purpose ? { 'x-arna-purpose': encodeURIComponent(purpose) } : {},
  }).catch((error: unknown) => {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      body?.error?.code ?? 'INTERNAL',
      body?.error?.message ?? `HTTP ${response.status}`,
    );
  }
  return response.blob();
}
