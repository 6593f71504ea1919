'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatRecordDate } from '@/lib/dates/record-date';
import { NO_COUNTRIES, readableSubtitle } from '@/lib/display/subtitle';

/**
 * Domain words that arrive from the API as codes (member roles, register link types,
 * property names, coded values of record fields such as a crossing's direction, identity
 * merge rules and what they matched on, document conflict reasons) in the UI language, and
 * record dates in the app's notation; an unknown code is shown as it came.
 */
export function useDomainLabels() {
  const locale = useLocale();
  const roles = useTranslations('memberRoles');
  const links = useTranslations('linkTypes');
  const properties = useTranslations('properties');
  const kindProperties = useTranslations('kindProperties');
  const values = useTranslations('values');
  const mergeRules = useTranslations('mergeRules');
  const mergeFields = useTranslations('mergeFields');
  const conflictReasons = useTranslations('conflictReasons');
  const label = (t: typeof roles, code: string) => {
    const key = code.replace(/ /g, '_');
    return t.has(key) ? t(key) : code;
  };
  return {
    role: (code: string) => label(roles, code),
    link: (code: string) => label(links, code),
    /** A property's name, as an entity of `kind` has it (a firm's `name` is its наименование). */
    property: (code: string, kind?: string) =>
      kind && kindProperties.has(`${kind}.${code}`)
        ? kindProperties(`${kind}.${code}`)
        : label(properties, code),
    /** An identity merge's `rule` (`same-document`, `same-text`…), as the ETL writes it. */
    mergeRule: (code: string) => label(mergeRules, code),
    /** What a merge matched on (`document`, `nameKey±1`, `textKey`…), as the ETL writes it. */
    mergeField: (code: string) => label(mergeFields, code),
    /** Why a document's holders were kept apart (`different-birth-date`…), as the ETL writes it. */
    conflictReason: (code: string) => label(conflictReasons, code),
    /**
     * `value` of the record field `property` in words (`direction`, `exit` → «выезд»), a date
     * as the app writes it (`birthDate`, `1996-10-16` → 16.10.1996).
     */
    value: (property: string, value: string) => {
      const key = `${property}.${value.replace(/ /g, '_')}`;
      if (values.has(key)) return values(key);
      return formatRecordDate(value, locale) ?? value;
    },
    /** An entity's subtitle with countries named (`countries`), dates and a firm's activity in words. */
    subtitle: (subtitle: string, countries: ReadonlyMap<string, string> = NO_COUNTRIES) =>
      readableSubtitle(subtitle, countries, locale, (part) =>
        values.has(`activity.${part}`) ? values(`activity.${part}`) : undefined,
      ),
  };
}
