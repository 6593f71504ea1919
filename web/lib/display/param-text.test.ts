import { describe, expect, it } from 'vitest';
import { paramTextParts } from './param-text';

describe('paramTextParts', () => {
  it('finds each parameter named as a whole word, with or without its $', () => {
    expect(
      paramTextParts('не менее minInvitees иностранцев за $windowDays дней', [
        'minInvitees',
        'windowDays',
      ]),
    ).toEqual([
      { text: 'не менее ' },
      { param: 'minInvitees' },
      { text: ' иностранцев за ' },
      { param: 'windowDays' },
      { text: ' дней' },
    ]);
  });

  it('leaves a longer word that only starts or ends with a name alone', () => {
    expect(paramTextParts('minBadness, notminBad, minBad.', ['minBad'])).toEqual([
      { text: 'minBadness, notminBad, ' },
      { param: 'minBad' },
      { text: '.' },
    ]);
  });

  it('is the whole text when no parameter is named', () => {
    expect(paramTextParts('a hit', ['minBad'])).toEqual([{ text: 'a hit' }]);
    expect(paramTextParts('a hit', [])).toEqual([{ text: 'a hit' }]);
  });
});
