import { formatMessage } from '@arna/graph/text';
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

/** Fills a brief text (ICU MessageFormat: counts agree with their nouns) in `locale`. */
export function fill(
  template: string,
  values: Record<string, string | number>,
  locale: string,
): string {
  return formatMessage(template, values, locale);
}
