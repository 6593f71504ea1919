import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

export type BriefLang = 'ru' | 'kk' | 'en';

/**
 * Every text of the brief in one language; `{name}` marks a value filled in by `fill`, and
 * `{n, plural, …}` a count the noun agrees with (ICU MessageFormat).
 */
export interface Messages {
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  title: string;
  confidential: string;
  meta: {
    network: string;
    rank: string;
    score: string;
    purpose: string;
    preparedBy: string;
    generatedAt: string;
    period: string;
    run: string;
  };
  sections: {
    summary: string;
    picture: string;
    organizers: string;
    members: string;
    evidence: string;
    timeline: string;
    qualification: string;
    nextSteps: string;
  };
  /** Labels under the summary's figures: `{n, plural, …}` without `#`, the figure stands above. */
  summary: {
    members: string;
    parties: string;
    migrants: string;
    addresses: string;
    vehicles: string;
    events: string;
    reasons: string;
  };
  columns: {
    rank: string;
    name: string;
    identifier: string;
    role: string;
    reasons: string;
    date: string;
    event: string;
    participants: string;
    source: string;
  };
  /** Names of the ИИН and БИН in this language. */
  ids: { iin: string; bin: string };
  /** Names of entity and event kinds (the reference prefixes). */
  kinds: Record<string, string>;
  /** Names of member roles as detection writes them, and of participant roles of events. */
  roles: Record<string, string>;
  /** Words for the coded values of record fields (`purpose`, `direction`, …): property → code → word. */
  values: Record<string, Record<string, string>>;
  picture: { caption: string; organizer: string; truncated: string };
  /** `hits` renders a pattern's hit count `{n}`. */
  evidence: { legal: string; hits: string; none: string };
  timeline: { shown: string; empty: string };
  none: string;
  more: string;
  art394: {
    heading: string;
    parts: { title: string; text: string; penalty: string }[];
    assessment: string;
    grounds: {
      part1: string;
      part2Group: string;
      part2Repeated: string;
      part3: string;
      transnational: string;
    };
    disclaimer: string;
  };
  steps: { generic: string[]; byPattern: Record<string, string> };
  /** `label` is the short confidentiality mark of every page's footer. */
  footer: { label: string; page: string; of: string };
}

export const MESSAGES: Record<BriefLang, Messages> = { ru, kk, en };

/** The locale of every text, for callers that fill a template without naming it (assessment). */
const LOCALE_OF = new Map<string, string>();
for (const messages of Object.values(MESSAGES)) indexStrings(messages, messages.locale);

function indexStrings(value: unknown, locale: string): void {
  if (typeof value === 'string') {
    if (!LOCALE_OF.has(value)) LOCALE_OF.set(value, locale);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) indexStrings(item, locale);
  }
}

/**
 * Renders an ICU MessageFormat template: `{name}` slots print their value as given, and the
 * `#` of a `{n, plural, …}` count agrees with its number in `locale` (by default the language
 * the template belongs to). A missing value, or text where a count is due, falls back to
 * plain slot filling, so an unknown slot stays visible rather than vanishes.
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  locale: string = LOCALE_OF.get(template) ?? ru.locale,
): string {
  if (countGivenAsText(template, values)) return fillSlots(template, values);
  try {
    const message = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    return String(message.format(values));
  } catch {
    return fillSlots(template, values);
  }
}

/** ICU would pick `other` for text and print its `#` as NaN instead of failing. */
function countGivenAsText(template: string, values: Record<string, string | number>): boolean {
  return Object.entries(values).some(
    ([name, value]) =>
      typeof value === 'string' &&
      Number.isNaN(Number(value)) &&
      /^\w+$/.test(name) &&
      new RegExp(`\\{\\s*${name}\\s*,\\s*(?:plural|selectordinal)\\s*,`).test(template),
  );
}

function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
