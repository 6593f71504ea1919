import { describe, expect, it } from 'vitest';
import { getPattern, listPatterns } from './patterns.js';
import { fill, renderReason, roleName, type Lang, type Reason } from './reasons.js';

const render = (code: string, values: Reason['values'], lang: Lang) =>
  renderReason({ code, values }, lang);

describe('reasons agree with their numbers', () => {
  it.each([
    [1, 'учредитель 1 фирмы сети, которая приглашает, принимает, возит или нанимает иностранцев'],
    [2, 'учредитель 2 фирм сети, которые приглашают, принимают, возят или нанимают иностранцев'],
    [5, 'учредитель 5 фирм сети, которые приглашают, принимают, возят или нанимают иностранцев'],
    [11, 'учредитель 11 фирм сети, которые приглашают, принимают, возят или нанимают иностранцев'],
    [21, 'учредитель 21 фирмы сети, которая приглашает, принимает, возит или нанимает иностранцев'],
  ])('ru: founder of %i firms', (n, text) => {
    expect(render('org:founds', { n }, 'ru')).toBe(text);
  });

  it.each([
    [1, 'телефон этого участника указал ещё 1 участник сети'],
    [2, 'телефон этого участника указали ещё 2 участника сети'],
    [5, 'телефон этого участника указали ещё 5 участников сети'],
    [11, 'телефон этого участника указали ещё 11 участников сети'],
    [21, 'телефон этого участника указал ещё 21 участник сети'],
  ])('ru: a phone given by %i others, whoever holds it', (n, text) => {
    expect(render('org:shared-phone', { n }, 'ru')).toBe(text);
  });

  it.each([
    [1, 1, '1 адрес проживания или регистрации, где числится ещё 1 участник сети'],
    [2, 2, '2 адреса проживания или регистрации, где числятся ещё 2 участника сети'],
    [5, 5, '5 адресов проживания или регистрации, где числятся ещё 5 участников сети'],
    [11, 11, '11 адресов проживания или регистрации, где числятся ещё 11 участников сети'],
    [21, 21, '21 адрес проживания или регистрации, где числится ещё 21 участник сети'],
    [1, 0, '1 адрес проживания или регистрации'],
  ])('ru: %i addresses used by %i others', (n, users, text) => {
    expect(render('org:owns-addresses', { n, users }, 'ru')).toBe(text);
  });

  it.each([
    [1, 'сработал 1 индикатор'],
    [2, 'сработали 2 разных индикатора'],
    [5, 'сработало 5 разных индикаторов'],
    [11, 'сработало 11 разных индикаторов'],
    [21, 'сработал 21 индикатор'],
  ])('ru: %i indicators, counted without their ids', (n, text) => {
    expect(render('net:patterns', { n, list: 'carrier-violators' }, 'ru')).toBe(text);
  });

  it.each([
    [1, 'сообщество из 1 связанного участника (1 лицо или фирма, 1 иностранец)'],
    [2, 'сообщество из 2 связанных участников (2 лица и фирмы, 2 иностранца)'],
    [5, 'сообщество из 5 связанных участников (5 лиц и фирм, 5 иностранцев)'],
    [11, 'сообщество из 11 связанных участников (11 лиц и фирм, 11 иностранцев)'],
    [21, 'сообщество из 21 связанного участника (21 лицо или фирма, 21 иностранец)'],
  ])('ru: a community of %i', (n, text) => {
    expect(render('net:community', { n, parties: n, migrants: n }, 'ru')).toBe(text);
  });

  it('en: one and other', () => {
    expect(render('org:directs', { n: 1 }, 'en')).toBe(
      'director of 1 firm of the network that invites, hosts, carries or employs foreigners',
    );
    expect(render('org:directs', { n: 2 }, 'en')).toBe(
      'director of 2 firms of the network that invite, host, carry or employ foreigners',
    );
    expect(render('org:shared-phone', { n: 1 }, 'en')).toBe(
      "this member's phone was given by 1 other member of the network",
    );
    expect(render('org:shared-phone', { n: 2 }, 'en')).toBe(
      "this member's phone was given by 2 other members of the network",
    );
    expect(render('org:owns-addresses', { n: 1, users: 1 }, 'en')).toBe(
      '1 address of residence or registration, shared with 1 other member of the network',
    );
    expect(render('org:owns-addresses', { n: 2, users: 2 }, 'en')).toBe(
      '2 addresses of residence or registration, shared with 2 other members of the network',
    );
    expect(render('net:patterns', { n: 1, list: 'a' }, 'en')).toBe('1 indicator fired');
    expect(render('net:patterns', { n: 2, list: 'a, b' }, 'en')).toBe(
      '2 distinct indicators fired',
    );
    expect(render('net:community', { n: 1, parties: 1, migrants: 0 }, 'en')).toBe(
      'a community of 1 linked member (1 person or firm, 0 foreigners)',
    );
    expect(render('net:community', { n: 2, parties: 2, migrants: 1 }, 'en')).toBe(
      'a community of 2 linked members (2 people and firms, 1 foreigner)',
    );
  });

  it('kk: the noun stays singular after a numeral', () => {
    expect(render('org:founds', { n: 5 }, 'kk')).toBe(
      'шетелдіктерді шақыратын, қабылдайтын, тасымалдайтын немесе жалдайтын желідегі 5 фирманың құрылтайшысы',
    );
    expect(render('net:patterns', { n: 1, list: 'a' }, 'kk')).toBe('1 индикатор іске қосылды');
    expect(render('net:patterns', { n: 3, list: 'a' }, 'kk')).toBe(
      '3 түрлі индикатор іске қосылды',
    );
    expect(render('org:owns-addresses', { n: 2, users: 3 }, 'kk')).toBe(
      'желінің басқа 3 қатысушысы пайдаланатын 2 мекенжайда тұрады немесе тіркелген',
    );
  });

  it('names hub kinds and roles in the reader’s language', () => {
    expect(render('net:hub-suppressed', { type: 'hotel' }, 'ru')).toBe(
      'крупный легитимный узел (гостиница) без признаков прикрытия — оценка понижена',
    );
    expect(render('net:front', { type: 'employer', rate: 40 }, 'en')).toBe(
      'looks like a legitimate hub (large employer), but 40% of its foreigners broke the rules — a possible front',
    );
    expect(roleName('petitioner', 'kk')).toBe('өтініш беруші');
  });
});

describe('pattern reasons agree with their numbers', () => {
  const why = (id: string, values: Reason['values'], lang: Lang) =>
    renderReason({ code: `pattern:${id}`, values, templates: getPattern(id).why }, lang);

  it.each([
    [1, 'перевезён 1 иностранец'],
    [2, 'перевезены 2 иностранца'],
    [5, 'перевезено 5 иностранцев'],
    [11, 'перевезено 11 иностранцев'],
    [21, 'перевезён 21 иностранец'],
  ])('ru: carried %i', (n, start) => {
    expect(why('carrier-violators', { n, bad: 1 }, 'ru')).toMatch(
      new RegExp(`^${start}; у 1 из них`),
    );
  });

  it.each([
    [1, 'один паспорт N0012345 использовал 1 человек'],
    [2, 'один паспорт N0012345 использовали 2 разных человека'],
    [5, 'один паспорт N0012345 использовали 5 разных человек'],
    [11, 'один паспорт N0012345 использовали 11 разных человек'],
    [21, 'один паспорт N0012345 использовал 21 человек'],
  ])('ru: one passport, %i holders', (holders, text) => {
    expect(why('shared-document', { document: 'N0012345', holders }, 'ru')).toBe(text);
  });

  it('en: one and other', () => {
    expect(why('director-links', { firms: 1, foreigners: 1 }, 'en')).toBe(
      'director or founder of 1 firm that together with this member invited, hosted or employed 1 foreigner',
    );
    expect(why('director-links', { firms: 2, foreigners: 2 }, 'en')).toBe(
      'director or founder of 2 firms that together with this member invited, hosted or employed 2 foreigners',
    );
    expect(why('transit-corridor', { transits: 1, days: 1, n: 4 }, 'en')).toBe(
      '1 foreigner entered and left to a third country within 1 day with this carrier (of 4)',
    );
    expect(why('transit-corridor', { transits: 2, days: 2, n: 4 }, 'en')).toBe(
      '2 foreigners entered and left to a third country within 2 days with this carrier (of 4)',
    );
  });

  it('keeps identifiers as given', () => {
    expect(why('shared-contact', { parties: 1000, contact: '+77011234567' }, 'en')).toBe(
      '1,000 inviting or hosting parties gave the same contact +77011234567',
    );
    expect(why('shared-document', { document: '012345678', holders: 3 }, 'kk')).toBe(
      'бір 012345678 төлқұжатын 3 түрлі адам пайдаланды',
    );
  });

  it('renders every pattern in every language with no slot left', () => {
    for (const { id } of listPatterns()) {
      const names =
        Object.values(getPattern(id).why)
          .join(' ')
          .match(/(?<=\{)\w+/g) ?? [];
      const slots = Object.fromEntries(names.map((name) => [name, 3]));
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(why(id, slots, lang), `${id} ${lang}`).not.toMatch(/[{}#]/);
      }
    }
  });
});

describe('fill', () => {
  it('keeps a missing value visible', () => {
    expect(fill('роль в сети: {role}', {})).toBe('роль в сети: {role}');
    expect(fill('{n, plural, one {# фирма} other {# фирм}} ({list})', { list: 'x' })).toContain(
      '{n, plural',
    );
  });

  it('falls back to plain slots when a count comes as text', () => {
    expect(
      fill('{n} из {total, plural, one {# события} other {# событий}}', { n: 1, total: 'x' }),
    ).toBe('1 из {total, plural, one {# события} other {# событий}}');
  });

  it('reads apostrophes as text unless they quote ICU syntax', () => {
    expect(fill("this member's phone: {n}", { n: 2 }, 'en')).toBe("this member's phone: 2");
  });

  it('renders the templates a detection run stored before ICU', () => {
    expect(
      renderReason(
        {
          code: 'pattern:x',
          values: { n: 4 },
          templates: { ru: 'перевёз {n} иностранцев', kk: '{n}', en: '{n}' },
        },
        'ru',
      ),
    ).toBe('перевёз 4 иностранцев');
  });
});
