import { describe, expect, it } from 'vitest';
import { PatternHeaderError } from './errors.js';
import { parsePatternHeader } from './pattern-header.js';
import { listPatterns, resolveParams } from './patterns.js';

describe('pattern library', () => {
  const patterns = listPatterns();

  it('holds at least ten patterns, each with a complete header', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(10);
    for (const p of patterns) {
      expect(p.titles.ru && p.titles.kk && p.titles.en, p.id).toBeTruthy();
      expect(p.legalBasis.ru, p.id).toMatch(/Правила № 195, п\. \d+/);
      expect(p.legalBasis.kk, p.id).toMatch(/ҚР ҚК \d+.*№ 195 Қағидалар, \d+-тармақ/);
      expect(p.legalBasis.en, p.id).toMatch(
        /Criminal Code of the RK.*MVD Order No\. 195 Rules, para\. \d+/,
      );
      expect(p.weight, p.id).toBeGreaterThan(0);
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(p.meaning[lang].length, `${p.id} ${lang}`).toBeGreaterThan(10);
      }
    }
  });

  it('says what a hit means in every language, with the same parameters and numbers', () => {
    // Parameter names (minInvitees) stay as the workbench shows them; 0.39 is 0,39 in ru/kk.
    const terms = (text: string) => [...new Set(text.match(/\b(?:min[A-Z]\w*|\d+)\b/g))].sort();
    for (const p of patterns) {
      expect(terms(p.meaning.ru), `${p.id} ru`).toEqual(terms(p.meaning.en));
      expect(terms(p.meaning.kk), `${p.id} kk`).toEqual(terms(p.meaning.en));
      expect(p.meaning.ru, p.id).toMatch(/[а-яё]/i);
      expect(p.meaning.kk, p.id).toMatch(/[әғқңөұүһі]/i);
      expect(p.meaning.en, p.id).not.toMatch(/[а-яё]/i);
    }
  });

  it('describes every parameter in every language, with the same names and numbers', () => {
    // Field names (stay_until) and config paths stay as written; the rest is translated.
    const terms = (text: string) => [...new Set(text.match(/\b(?:\w+_\w+|\w+\.json|\d+)\b/g))];
    for (const p of patterns) {
      for (const { name, description } of p.params) {
        const at = `${p.id}.${name}`;
        expect(terms(description.ru), `${at} ru`).toEqual(terms(description.en));
        expect(terms(description.kk), `${at} kk`).toEqual(terms(description.en));
        expect(description.ru, at).toMatch(/[а-яё]/i);
        expect(description.kk, at).toMatch(/[әғқңөұүһі]/i);
        expect(description.en, at).not.toMatch(/[а-яё]/i);
      }
    }
  });

  it('cites the same articles and points in every language', () => {
    const numbers = (text: string) => [...new Set(text.match(/\d+/g))].sort();
    for (const p of patterns) {
      expect(numbers(p.legalBasis.kk), `${p.id} kk`).toEqual(numbers(p.legalBasis.ru));
      expect(numbers(p.legalBasis.en), `${p.id} en`).toEqual(numbers(p.legalBasis.ru));
      expect(p.legalBasis.en, p.id).not.toMatch(/[а-яё]/i);
    }
  });

  it('declares every parameter its query uses, with a default', () => {
    for (const p of patterns) {
      const used = new Set([...p.text.matchAll(/\$(\w+)/g)].map((m) => m[1]));
      expect([...used].sort(), p.id).toEqual(p.params.map((x) => x.name).sort());
      for (const param of p.params)
        expect(param.default, `${p.id}.${param.name}`).not.toBeUndefined();
      for (const column of ['AS subject', 'AS score', 'AS evidence', 'AS members']) {
        expect(
          p.text.includes(column) || p.text.includes(column.replace('AS ', 'RETURN ')),
          `${p.id} ${column}`,
        ).toBe(true);
      }
    }
  });

  it('resolves domain defaults from config/domain.json', () => {
    const inviter = patterns.find((p) => p.id === 'frequent-inviter');
    const risk = inviter?.params.find((p) => p.name === 'riskCountries');
    expect(risk?.default).toContain('AFG');
    const hubs = inviter?.params.find((p) => p.name === 'hubActivities');
    expect(hubs?.default).toContain('education');
  });

  it('checks parameter types', () => {
    const inviter = patterns.find((p) => p.id === 'frequent-inviter');
    if (!inviter) throw new Error('frequent-inviter missing');
    expect(resolveParams(inviter, { minInvitees: '7' })['minInvitees']).toBe(7);
    expect(resolveParams(inviter, { riskCountries: 'AFG, PAK' })['riskCountries']).toEqual([
      'AFG',
      'PAK',
    ]);
    expect(() => resolveParams(inviter, { minInvitees: 'many' })).toThrow(/minInvitees/);
    expect(() => resolveParams(inviter, { nope: 1 })).toThrow(/unknown parameter/);
  });
});

describe('parsePatternHeader', () => {
  const header = [
    '// id: demo',
    '// title.ru: Демо',
    '// title.kk: Демо',
    '// title.en: Demo',
    '// legal: ст. 394 УК РК',
    '// legal.kk: ҚР ҚК 394-бабы',
    '// legal.en: Art. 394 of the Criminal Code of the RK',
    '// param: minCount int = 3 — how many',
    '// param.ru: minCount — сколько',
    '// param.kk: minCount — қанша',
    '// param: names list<string> = ["A","B"] — which',
    '// param.ru: names — какие',
    '// param.kk: names — қайсылары',
    '// hit.ru: демо-срабатывание',
    '// hit.kk: демо сәйкестік',
    '// hit.en: demo hit',
    '// weight: 0.5',
    '// evidence.ru: {src} выезд в третью страну: {country}',
    '// evidence.kk: {src} үшінші елге шығу: {country}',
    '// evidence.en: {src} exit to a third country: {country}',
    'MATCH (n) RETURN n',
  ].join('\n');

  it('parses fields and typed defaults', () => {
    const parsed = parsePatternHeader('demo.cypher', header);
    expect(parsed.id).toBe('demo');
    expect(parsed.params).toEqual([
      {
        name: 'minCount',
        type: 'int',
        default: 3,
        description: { ru: 'сколько', kk: 'қанша', en: 'how many' },
      },
      {
        name: 'names',
        type: 'list<string>',
        default: ['A', 'B'],
        description: { ru: 'какие', kk: 'қайсылары', en: 'which' },
      },
    ]);
    expect(parsed.why.en).toBe('Demo');
    expect(parsed.legalBasis).toEqual({
      ru: 'ст. 394 УК РК',
      kk: 'ҚР ҚК 394-бабы',
      en: 'Art. 394 of the Criminal Code of the RK',
    });
    expect(parsed.evidence.kk).toBe('{src} үшінші елге шығу: {country}');
    expect(parsed.meaning).toEqual({
      ru: 'демо-срабатывание',
      kk: 'демо сәйкестік',
      en: 'demo hit',
    });
  });

  it('takes legal.ru for the Russian legal basis as well', () => {
    const parsed = parsePatternHeader('x.cypher', header.replace('// legal:', '// legal.ru:'));
    expect(parsed.legalBasis.ru).toBe('ст. 394 УК РК');
  });

  it('requires the legal basis, the meaning and the evidence templates in every language', () => {
    for (const line of [
      '// legal.kk:',
      '// legal.en:',
      '// hit.ru:',
      '// hit.kk:',
      '// hit.en:',
      '// evidence.ru:',
      '// evidence.en:',
    ]) {
      const missing = header
        .split('\n')
        .filter((l) => !l.startsWith(line))
        .join('\n');
      expect(() => parsePatternHeader('x.cypher', missing), line).toThrow(
        `missing "${line.replace(':', '')}:" line`,
      );
    }
  });

  it('takes parameter descriptions in any order after their declarations', () => {
    const lines = header.split('\n');
    const texts = lines.filter((l) => /^\/\/ param\.(ru|kk):/.test(l)).reverse();
    const moved = [...lines.filter((l) => !texts.includes(l)).slice(0, -1), ...texts, 'RETURN 1'];
    const parsed = parsePatternHeader('x.cypher', moved.join('\n'));
    expect(parsed.params.map((p) => p.description.kk)).toEqual(['қанша', 'қайсылары']);
  });

  it('requires every parameter described in Russian and Kazakh, naming its declaration', () => {
    const noKk = header.replace('// param.kk: names — қайсылары\n', '');
    expect(() => parsePatternHeader('x.cypher', noKk)).toThrow(
      'x.cypher:11: missing "// param.kk: names — …" line',
    );
    const noRu = header.replace('// param.ru: minCount — сколько\n', '');
    expect(() => parsePatternHeader('x.cypher', noRu)).toThrow(
      'x.cypher:8: missing "// param.ru: minCount — …" line',
    );
  });

  it('refuses a description of an undeclared parameter, naming its line', () => {
    const typo = header.replace('// param.ru: names —', '// param.ru: nmaes —');
    expect(() => parsePatternHeader('x.cypher', typo)).toThrow(
      /x\.cypher:12: param\.ru names no declared parameter "nmaes"/,
    );
    const twice = header.replace(
      '// param.kk: names — қайсылары',
      '// param.kk: names — қайсылары\n// param.kk: minCount — тағы',
    );
    expect(() => parsePatternHeader('x.cypher', twice)).toThrow(
      /x\.cypher:14: param\.kk of "minCount" is given twice/,
    );
    const bare = header.replace('// param.kk: names — қайсылары', '// param.kk: қайсылары');
    expect(() => parsePatternHeader('x.cypher', bare)).toThrow(
      /x\.cypher:13: param\.kk line must read "<name> — <description>"/,
    );
  });

  it('names the file and line of a broken header', () => {
    expect(() => parsePatternHeader('x.cypher', header.replace('// weight: 0.5\n', ''))).toThrow(
      PatternHeaderError,
    );
    const bad = header.replace('minCount int = 3', 'minCount int = three');
    expect(() => parsePatternHeader('x.cypher', bad)).toThrow(/x\.cypher:8: default of "minCount"/);
    const twice = header.replace('// param: names list<string>', '// param: minCount list<string>');
    expect(() => parsePatternHeader('x.cypher', twice)).toThrow(
      /x\.cypher:11: parameter "minCount" is declared twice/,
    );
  });

  it('refuses a why line that is not an ICU message, naming its line', () => {
    const why = header.replace(
      '// weight: 0.5',
      '// weight: 0.5\n// why.ru: {n, plural, one {# фирма} few {# фирмы}}',
    );
    expect(() => parsePatternHeader('x.cypher', why)).toThrow(
      /x\.cypher:18: why\.ru is not an ICU message/,
    );
    const ok = header.replace(
      '// weight: 0.5',
      '// weight: 0.5\n// why.en: {n, plural, one {# firm} other {# firms}}',
    );
    expect(parsePatternHeader('x.cypher', ok).why.en).toBe(
      '{n, plural, one {# firm} other {# firms}}',
    );
  });

  it('refuses an evidence line that is not an ICU message, naming its line', () => {
    const evidence = header.replace(
      '// evidence.kk: {src} үшінші елге шығу: {country}',
      '// evidence.kk: {src} {kind, select, exit {шығу}',
    );
    expect(() => parsePatternHeader('x.cypher', evidence)).toThrow(
      /x\.cypher:19: evidence\.kk is not an ICU message/,
    );
  });
});
