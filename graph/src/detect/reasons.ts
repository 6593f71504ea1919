/**
 * Plain-language reasons. A reason is kept as a code plus numbers so it can be rendered in
 * Russian (default), Kazakh or English when read back; pattern reasons carry their own
 * templates from the pattern header (`// why.ru: …`).
 */
export type Lang = 'ru' | 'kk' | 'en';

export type Templates = Record<Lang, string>;

export interface Reason {
  /** `org:<code>` for organizer/network reasons of this module, `pattern:<id>` for hits. */
  code: string;
  values: Record<string, string | number>;
  /** Templates carried with the reason (pattern reasons); else looked up by code. */
  templates?: Templates;
}

const TEMPLATES: Record<string, Templates> = {
  'org:founds': {
    ru: 'учредитель {n} фирм сети, которые приглашают, принимают, возят или нанимают иностранцев',
    kk: 'шетелдіктерді шақыратын, қабылдайтын, тасымалдайтын немесе жалдайтын желідегі {n} фирманың құрылтайшысы',
    en: 'founder of {n} firms of the network that invite, host, carry or employ foreigners',
  },
  'org:directs': {
    ru: 'директор {n} фирм сети, которые приглашают, принимают, возят или нанимают иностранцев',
    kk: 'шетелдіктерді шақыратын, қабылдайтын, тасымалдайтын немесе жалдайтын желідегі {n} фирманың директоры',
    en: 'director of {n} firms of the network that invite, host, carry or employ foreigners',
  },
  'org:shared-phone': {
    ru: 'его телефон указали {n} других участников сети',
    kk: 'оның телефонын желінің басқа {n} қатысушысы көрсеткен',
    en: 'his phone was given by {n} other members of the network',
  },
  'org:owns-addresses': {
    ru: 'живёт или зарегистрирован по {n} адресам, которые используют {users} других участников сети',
    kk: 'желінің басқа {users} қатысушысы пайдаланатын {n} мекенжайда тұрады немесе тіркелген',
    en: 'lives or is registered at {n} addresses used by {users} other members of the network',
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
  'net:patterns': {
    ru: 'сработало {n} разных индикаторов ({list})',
    kk: '{n} түрлі индикатор іске қосылды ({list})',
    en: '{n} distinct indicators fired ({list})',
  },
  'net:community': {
    ru: 'сообщество из {n} связанных участников ({parties} лиц и фирм, {migrants} иностранцев)',
    kk: '{n} байланысқан қатысушыдан тұратын қауымдастық ({parties} тұлға мен фирма, {migrants} шетелдік)',
    en: 'a community of {n} linked members ({parties} people and firms, {migrants} foreigners)',
  },
  'net:hub-suppressed': {
    ru: 'крупный легитимный узел ({type}) без признаков прикрытия — оценка понижена',
    kk: 'бүркемелеу белгілері жоқ ірі заңды түйін ({type}) — баға төмендетілді',
    en: 'a large legitimate hub ({type}) with no sign of being a front — score lowered',
  },
  'net:front': {
    ru: 'узел выглядит как {type}, но {rate}% его иностранцев нарушали правила — возможное прикрытие',
    kk: 'түйін {type} сияқты, бірақ оның шетелдіктерінің {rate}% ережелерді бұзған — ықтимал бүркеме',
    en: 'looks like a {type}, but {rate}% of its foreigners broke the rules — a possible front',
  },
};

/** Renders `{name}` placeholders; a missing value stays visible rather than silently blank. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function renderReason(reason: Reason, lang: Lang = 'ru'): string {
  const templates = reason.templates ?? TEMPLATES[reason.code];
  if (!templates) return `${reason.code} ${JSON.stringify(reason.values)}`;
  const values = { ...reason.values };
  if (typeof values['role'] === 'string') values['role'] = roleName(values['role'], lang);
  return fill(templates[lang], values);
}

export function renderReasons(reasons: Reason[], lang: Lang = 'ru'): string[] {
  return reasons.map((r) => renderReason(r, lang));
}

const ROLE_NAMES: Record<string, Templates> = {
  organizer: { ru: 'организатор', kk: 'ұйымдастырушы', en: 'organizer' },
  inviter: { ru: 'приглашающий', kk: 'шақырушы', en: 'inviter' },
  host: { ru: 'принимающая сторона', kk: 'қабылдаушы тарап', en: 'host' },
  petitioner: { ru: 'ходатайствующий', kk: 'өтініш берушi', en: 'petitioner' },
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
