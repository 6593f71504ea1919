'use client';

import { useTranslations } from 'next-intl';

/**
 * Domain words that arrive from the API as codes (member roles, register link types,
 * property names, coded values of record fields such as a crossing's direction) in the UI
 * language; an unknown code is shown as it came.
 */
export function useDomainLabels() {
  const roles = useTranslations('memberRoles');
  const links = useTranslations('linkTypes');
  const properties = useTranslations('properties');
  const values = useTranslations('values');
  const label = (t: typeof roles, code: string) => {
    const key = code.replace(/ /g, '_');
    return t.has(key) ? t(key) : code;
  };
  return {
    role: (code: string) => label(roles, code),
    link: (code: string) => label(links, code),
    property: (code: string) => label(properties, code),
    /** `value` of the record field `property` in words (`direction`, `exit` → «выезд»). */
    value: (property: string, value: string) => {
      const key = `${property}.${value.replace(/ /g, '_')}`;
      return values.has(key) ? values(key) : value;
    },
  };
}
