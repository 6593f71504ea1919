import type { Locale } from '@/i18n/locales';
import { readPurpose } from '@/lib/session/purpose';

/**
 * The case-lead brief PDF, rendered by the API (`GET /briefs/<networkId>.pdf`). The purpose
 * goes as a query parameter because a download link cannot carry headers.
 */
export function briefUrl(networkId: string, lang: Locale): string {
  const query = new URLSearchParams({ lang, purpose: readPurpose() });
  return `/briefs/${encodeURIComponent(networkId)}.pdf?${query.toString()}`;
}
