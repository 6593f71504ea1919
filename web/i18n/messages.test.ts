import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function load(locale: string): Tree {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8'),
  ) as Tree;
}

describe('UI messages', () => {
  const russian = keys(load('ru')).sort();

  it.each(locales.filter((locale) => locale !== 'ru'))(
    '%s has exactly the keys of ru',
    (locale) => {
      expect(keys(load(locale)).sort()).toEqual(russian);
    },
  );

  it('Kazakh texts use Kazakh letters', () => {
    const text = JSON.stringify(load('kk'));
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });

  it('no English text is left in the Russian messages', () => {
    const values = keys(load('ru')).length;
    expect(values).toBeGreaterThan(100);
    expect(JSON.stringify(load('ru'))).not.toMatch(/": "[A-Za-z][a-z]+ [a-z]+/);
  });
});
