/**
 * КоАП РК articles written on violation rows. Their meaning for detection is configuration
 * (`config/domain.json`, owned by detection); here only which one a synthetic offence uses.
 */
export const ARTICLE = {
  /** Foreigner: stay without registration, overstay. */
  foreignerStay: '517-1',
  /** Foreigner: working without a permit or against the purpose of the visa. */
  foreignerWork: '517-2',
  /** Foreigner: repeated within a year (expulsion). */
  foreignerRepeated: '517-3',
  /** Receiving party: late notice, documents or departure not arranged. */
  hostNotice: '518-1',
  /** Receiving party: housing given to an illegally staying foreigner. */
  hostHousing: '518-2',
  /** Migration service's monthly lists (employers of illegal labour, inviters). */
  listEmployer: '519-1',
  listInviter: '519-3',
} as const;
