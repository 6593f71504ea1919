import type { Fact } from '@/lib/api/types';

/**
 * The fields of each kind of record an investigator reads first, in reading order
 * (../shared/spec/ingest-format.md): what the record was, where, between which countries.
 * The rest stays in the tooltip.
 */
const LEADING_DETAILS: Record<string, readonly string[]> = {
  invitation: ['purpose', 'visaType'],
  registration: ['channel', 'stayUntil'],
  crossing: ['direction', 'checkpoint', 'fromCountry', 'toCountry', 'transportMode'],
  trip: ['routeFrom', 'routeTo'],
  employment: ['source', 'permitNo'],
  petition: ['outcome'],
  violation: ['article', 'offenderRole', 'penalty'],
};

/** Details shown of a kind not listed above: the first few, as they came. */
const UNLISTED_KIND_DETAILS = 4;

/**
 * `permitNo` of employment seen without a permit: the drop leaves it empty, and work without
 * a permit is what an investigator looks for (`values.permitNo.none` in the messages).
 */
export const NO_PERMIT = 'none';

/** The details of a record of `kind` to show on its timeline line. */
export function leadingDetails(kind: string, details: readonly Fact[]): Fact[] {
  const wanted = LEADING_DETAILS[kind];
  if (!wanted) return details.slice(0, UNLISTED_KIND_DETAILS);
  const byLabel = new Map(details.map((detail) => [detail.label, detail]));
  return wanted.flatMap((label) => {
    const detail = byLabel.get(label);
    if (detail) return [detail];
    return kind === 'employment' && label === 'permitNo' ? [{ label, value: NO_PERMIT }] : [];
  });
}
