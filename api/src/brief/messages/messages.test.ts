import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { fill, MESSAGES, type BriefLang } from './index.js';

const { ru, kk, en } = MESSAGES;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('brief messages', () => {
  it.each(['ru', 'kk', 'en'] as BriefLang[])('are valid ICU messages (%s)', (lang) => {
    const m = MESSAGES[lang];
    for (const text of strings(m)) {
      expect(
        () => new IntlMessageFormat(text, m.locale, undefined, { ignoreTag: true }),
        text,
      ).not.toThrow();
    }
  });

  it.each([
    [1, 'ч. 2 — действуют совместно 1 лицо или фирма, роли распределены.'],
    [2, 'ч. 2 — действуют совместно 2 лица и фирмы, роли распределены.'],
    [5, 'ч. 2 — действуют совместно 5 лиц и фирм, роли распределены.'],
    [11, 'ч. 2 — действуют совместно 11 лиц и фирм, роли распределены.'],
    [21, 'ч. 2 — действуют совместно 21 лицо или фирма, роли распределены.'],
  ])('ru: %i parties', (n, text) => {
    expect(fill(ru.art394.grounds.part2Group, { n }, ru.locale)).toBe(text);
  });

  it.each([
    [1, 'ч. 3 — устойчивость и распределение ролей (1 роль, 1 участник-сторона, 90 дн.)'],
    [2, 'ч. 3 — устойчивость и распределение ролей (2 роли, 2 участника-стороны, 90 дн.)'],
    [5, 'ч. 3 — устойчивость и распределение ролей (5 ролей, 5 участников-сторон, 90 дн.)'],
    [11, 'ч. 3 — устойчивость и распределение ролей (11 ролей, 11 участников-сторон, 90 дн.)'],
    [21, 'ч. 3 — устойчивость и распределение ролей (21 роль, 21 участник-сторона, 90 дн.)'],
  ])('ru: %i roles and parties', (n, start) => {
    expect(fill(ru.art394.grounds.part3, { roles: n, n, days: 90 }, ru.locale)).toMatch(
      new RegExp(`^${start.replace(/[().]/g, '\\$&')}`),
    );
  });

  it.each([
    [1, 'иностранец', 'Показано 1 событие из 80'],
    [2, 'иностранца', 'Показаны 2 события из 80'],
    [5, 'иностранцев', 'Показаны 5 событий из 80'],
    [11, 'иностранцев', 'Показаны 11 событий из 80'],
    [21, 'иностранец', 'Показано 21 событие из 80'],
  ])('ru: %i foreigners and events', (n, label, shown) => {
    expect(fill(ru.summary.migrants, { n }, ru.locale)).toBe(label);
    expect(fill(ru.timeline.shown, { shown: n, total: 80 }, ru.locale)).toMatch(shown);
  });

  it('ru: hits and the picture caption agree', () => {
    expect(fill(ru.evidence.hits, { n: 1 }, ru.locale)).toBe('1 срабатывание');
    expect(fill(ru.evidence.hits, { n: 3 }, ru.locale)).toBe('3 срабатывания');
    expect(fill(ru.evidence.hits, { n: 12 }, ru.locale)).toBe('12 срабатываний');
    expect(fill(ru.picture.caption, { nodes: 21, edges: 5 }, ru.locale)).toMatch(
      /^21 участник, 5 связей\./,
    );
  });

  it('en: one and other', () => {
    expect(fill(en.art394.grounds.part2Repeated, { n: 1, days: 1 }, en.locale)).toBe(
      'Part 2 — repeatedly: services to 1 foreigner over 1 day.',
    );
    expect(fill(en.art394.grounds.part2Repeated, { n: 2, days: 2 }, en.locale)).toBe(
      'Part 2 — repeatedly: services to 2 foreigners over 2 days.',
    );
    expect(fill(en.evidence.hits, { n: 1 }, en.locale)).toBe('1 hit');
    expect(fill(en.evidence.hits, { n: 2 }, en.locale)).toBe('2 hits');
    expect(fill(en.summary.addresses, { n: 1 }, en.locale)).toBe('address');
    expect(fill(en.summary.addresses, { n: 2 }, en.locale)).toBe('addresses');
  });

  it('kk: the noun stays singular', () => {
    expect(fill(kk.evidence.hits, { n: 5 }, ru.locale)).toBe('5 іске қосылу');
    expect(fill(kk.art394.grounds.part2Group, { n: 2 }, ru.locale)).toBe(
      '2-бөлік — 2 тұлға мен фирма бірлесіп әрекет етеді, рөлдер бөлінген.',
    );
  });

  it('keeps a missing or mistyped value visible', () => {
    expect(fill(en.more, {}, en.locale)).toBe('… and {n} more');
    expect(fill(en.timeline.shown, { total: 3 }, en.locale)).toContain('{shown, plural');
    expect(fill(ru.art394.grounds.part2Group, { n: 'много' }, ru.locale)).toContain('{n, plural');
  });
});
