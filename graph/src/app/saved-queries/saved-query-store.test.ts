import { describe, expect, it } from 'vitest';
import { listPatterns } from '../../detect/index.js';
import { builtInQueries } from './saved-query-store.js';

describe('builtInQueries', () => {
  it('gives each pattern its title, description and legal basis in the language asked for', () => {
    const patterns = new Map(listPatterns().map((p) => [`pattern:${p.id}`, p]));
    for (const lang of ['ru', 'kk', 'en'] as const) {
      for (const query of builtInQueries(lang)) {
        const pattern = patterns.get(query.id);
        expect(query.name, query.id).toBe(pattern?.titles[lang]);
        expect(query.description, query.id).toBe(pattern?.meaning[lang]);
        expect(query.legalBasis, query.id).toBe(pattern?.legalBasis[lang]);
      }
    }
    const [ru] = builtInQueries('ru');
    expect(ru?.description).toMatch(/[а-яё]/i);
  });

  it('describes each parameter in the language asked for', () => {
    const patterns = new Map(listPatterns().map((p) => [`pattern:${p.id}`, p]));
    for (const lang of ['ru', 'kk', 'en'] as const) {
      for (const query of builtInQueries(lang)) {
        const declared = patterns.get(query.id)?.params ?? [];
        expect(
          query.params.map((p) => p.description),
          `${query.id} ${lang}`,
        ).toEqual(declared.map((p) => p.description[lang]));
      }
    }
    const inviter = builtInQueries('ru').find((q) => q.id === 'pattern:frequent-inviter');
    const minInvitees = inviter?.params.find((p) => p.name === 'minInvitees');
    expect(minInvitees?.description).toMatch(/^число разных приглашённых иностранцев/);
  });
});
