/**
 * Plain-language reasons. A reason is kept as a code plus numbers so it can be rendered in
 * Russian (default), Kazakh or English when read back; pattern reasons carry their own
 * templates from the pattern header (`// why.ru: …`).
 */
import { formatMessage } from '../text/message.js';

export type Lang = 'ru' | 'kk' | 'en';

export type Templates = Record<Lang, string>;

export interface Reason {
  /** `org:<code>` for organizer/network reasons of this module, `pattern:<id>` for hits. */
  code: string;
  /** Counts as numbers (templates make nouns agree with them), identifiers as strings. */
  values: Record<string, string | number>;
  /** Templates carried with the reason (pattern reasons); else looked up by code. */
  templates?: Templates;
}

// Counts are ICU plurals so the noun agrees with its number (Russian: one 1, 21; few 2–4;
// many 5–20; other is for fractions). Kazakh keeps the noun singular after a numeral.
const TEMPLATES: Record<string, Templates> = {
  'org:founds': {
    ru: 'учредитель {n, plural, one {# фирмы} few {# фирм} many {# фирм} other {# фирмы}} сети, {n, plural, one {которая приглашает, принимает, возит или нанимает} other {которые приглашают, принимают, возят или нанимают}} иностранцев',
    kk: 'шетелдіктерді шақыратын, қабылдайтын, тасымалдайтын немесе жалдайтын желідегі {n} фирманың құрылтайшысы',
    en: 'founder of {n, plural, one {# firm} other {# firms}} of the network that {n, plural, one {invites, hosts, carries or employs} other {invite, host, carry or employ}} foreigners',
  },
  'org:directs': {
    ru: 'директор {n, plural, one {# фирмы} few {# фирм} many {# фирм} other {# фирмы}} сети, {n, plural, one {которая приглашает, принимает, возит или нанимает} other {которые приглашают, принимают, возят или нанимают}} иностранцев',
    kk: 'шетелдіктерді шақыратын, қабылдайтын, тасымалдайтын немесе жалдайтын желідегі {n} фирманың директоры',
    en: 'director of {n, plural, one {# firm} other {# firms}} of the network that {n, plural, one {invites, hosts, carries or employs} other {invite, host, carry or employ}} foreigners',
  },
  // The phone's holder may be a man, a woman or a firm: no gendered pronoun.
  'org:shared-phone': {
    ru: 'телефон этого участника {n, plural, one {указал ещё # участник} few {указали ещё # участника} many {указали ещё # участников} other {указали ещё # участника}} сети',
    kk: 'оның телефонын желінің басқа {n} қатысушысы көрсеткен',
    en: "this member's phone was given by {n, plural, one {# other member} other {# other members}} of the network",
  },
  // An address may count for its pattern evidence alone, with no other member listed there.
  'org:owns-addresses': {
    ru: '{n, plural, one {# адрес} few {# адреса} many {# адресов} other {# адреса}} проживания или регистрации{users, plural, =0 {} one {, где числится ещё # участник сети} few {, где числятся ещё # участника сети} many {, где числятся ещё # участников сети} other {, где числятся ещё # участника сети}}',
    kk: '{users, plural, =0 {} other {желінің басқа # қатысушысы пайдаланатын }}{n} мекенжайда тұрады немесе тіркелген',
    en: '{n, plural, one {# address} other {# addresses}} of residence or registration{users, plural, =0 {} one {, shared with # other member of the network} other {, shared with # other members of the network}}',
  },
  'org:central': {
    ru: 'связующее звено сети',
    kk: 'желінің байланыстырушы буыны',
    en: 'links the network together',
  },
  'org:role': {
    ru: 'роль в сети: {role}',
    kk: 'желідегі рөлі: {role}',
    en: 'role in the network: {role}',
  },
  // A count only: the patterns are listed with their titles beside the reasons.
  'net:patterns': {
    ru: '{n, plural, one {сработал # индикатор} few {сработали # разных индикатора} many {сработало # разных индикаторов} other {сработало # разных индикатора}}',
    kk: '{n, plural, one {# индикатор іске қосылды} other {# түрлі индикатор іске қосылды}}',
    en: '{n, plural, one {# indicator fired} other {# distinct indicators fired}}',
  },
  'net:community': {
    ru: 'сообщество из {n, plural, one {# связанного участника} other {# связанных участников}} ({parties, plural, one {# лицо или фирма} few {# лица и фирмы} many {# лиц и фирм} other {# лица и фирмы}}, {migrants, plural, one {# иностранец} few {# иностранца} many {# иностранцев} other {# иностранца}})',
    kk: '{n} байланысқан қатысушыдан тұратын қауымдастық ({parties} тұлға мен фирма, {migrants} шетелдік)',
    en: 'a community of {n, plural, one {# linked member} other {# linked members}} ({parties, plural, one {# person or firm} other {# people and firms}}, {migrants, plural, one {# foreigner} other {# foreigners}})',
  },
  'net:hub-suppressed': {
    ru: 'крупный легитимный узел ({type}) без признаков прикрытия — оценка понижена',
    kk: 'бүркемелеу белгілері жоқ ірі заңды түйін ({type}) — баға төмендетілді',
    en: 'a large legitimate hub ({type}) with no sign of being a front — score lowered',
  },
  'net:front': {
    ru: 'узел выглядит как легитимный ({type}), но {rate}% его иностранцев нарушали правила — возможное прикрытие',
    kk: 'түйін заңды түйін ({type}) сияқты, бірақ оның шетелдіктерінің {rate}% ережелерді бұзған — ықтимал бүркеме',
    en: 'looks like a legitimate hub ({type}), but {rate}% of its foreigners broke the rules — a possible front',
  },
};

/** Renders a reason template (ICU MessageFormat, see `formatMessage`) in `lang`. */
export function fill(
  template: string,
  values: Record<string, string | number>,
  lang: Lang = 'ru',
): string {
  return formatMessage(template, values, lang);
}

export function renderReason(reason: Reason, lang: Lang = 'ru'): string {
  const templates = reason.templates ?? TEMPLATES[reason.code];
  if (!templates) return `${reason.code} ${JSON.stringify(reason.values)}`;
  const values = { ...reason.values };
  if (typeof values['role'] === 'string') values['role'] = roleName(values['role'], lang);
  // Only network reasons name a hub kind; a pattern's facts may use `type` for anything.
  if (reason.code.startsWith('net:') && typeof values['type'] === 'string') {
    values['type'] = hubName(values['type'], lang);
  }
  return fill(templates[lang], values, lang);
}

export function renderReasons(reasons: Reason[], lang: Lang = 'ru'): string[] {
  return reasons.map((r) => renderReason(r, lang));
}

const ROLE_NAMES: Record<string, Templates> = {
  organizer: { ru: 'организатор', kk: 'ұйымдастырушы', en: 'organizer' },
  inviter: { ru: 'приглашающий', kk: 'шақырушы', en: 'inviter' },
  host: { ru: 'принимающая сторона', kk: 'қабылдаушы тарап', en: 'host' },
  petitioner: { ru: 'ходатайствующий', kk: 'өтініш беруші', en: 'petitioner' },
  employer: { ru: 'работодатель', kk: 'жұмыс беруші', en: 'employer' },
  carrier: { ru: 'перевозчик', kk: 'тасымалдаушы', en: 'carrier' },
  driver: { ru: 'водитель', kk: 'жүргізуші', en: 'driver' },
  offender: { ru: 'нарушитель', kk: 'құқық бұзушы', en: 'offender' },
  director: {
    ru: 'директор или учредитель',
    kk: 'директор немесе құрылтайшы',
    en: 'director or founder',
  },
  associate: { ru: 'связанное лицо', kk: 'байланысты тұлға', en: 'associate' },
};

export function roleName(role: string, lang: Lang = 'ru'): string {
  return ROLE_NAMES[role]?.[lang] ?? role;
}

/** Kinds of legitimate hub (`config/domain.json` → `legitimateHubs`, `employer`, `family`). */
const HUB_NAMES: Record<string, Templates> = {
  university: { ru: 'вуз', kk: 'жоғары оқу орны', en: 'university' },
  hotel: { ru: 'гостиница', kk: 'қонақ үй', en: 'hotel' },
  railway: { ru: 'железная дорога', kk: 'темір жол', en: 'railway' },
  airline: { ru: 'авиакомпания', kk: 'әуе компаниясы', en: 'airline' },
  carrier: { ru: 'перевозчик', kk: 'тасымалдаушы', en: 'carrier' },
  employer: { ru: 'крупный работодатель', kk: 'ірі жұмыс беруші', en: 'large employer' },
  family: { ru: 'семья', kk: 'отбасы', en: 'family' },
};

function hubName(type: string, lang: Lang): string {
  return HUB_NAMES[type]?.[lang] ?? type;
}
