import { describe, expect, it } from 'vitest';
import { leadingDetails, NO_PERMIT } from './event-details';

const labels = (facts: { label: string }[]) => facts.map((fact) => fact.label);

describe('leadingDetails', () => {
  it('shows a crossing’s direction, checkpoint and both countries before the rest', () => {
    const details = [
      { label: 'crossedAt', value: '2025-02-20T06:30:00+05:00' },
      { label: 'transportMode', value: 'road' },
      { label: 'checkpoint', value: 'Жибек жолы' },
      { label: 'x_gate', value: '3' },
      { label: 'fromCountry', value: 'Узбекистан', code: 'UZB' },
      { label: 'direction', value: 'entry' },
      { label: 'toCountry', value: 'Казахстан', code: 'KAZ' },
    ];
    expect(labels(leadingDetails('crossing', details))).toEqual([
      'direction',
      'checkpoint',
      'fromCountry',
      'toCountry',
      'transportMode',
    ]);
  });

  it('says when employment was seen without a permit', () => {
    expect(leadingDetails('employment', [{ label: 'source', value: 'inspection' }])).toEqual([
      { label: 'source', value: 'inspection' },
      { label: 'permitNo', value: NO_PERMIT },
    ]);
    expect(labels(leadingDetails('employment', [{ label: 'permitNo', value: 'WP-1' }]))).toEqual([
      'permitNo',
    ]);
  });

  it('shows the first few details of a kind it does not know', () => {
    const details = ['a', 'b', 'c', 'd', 'e'].map((label) => ({ label, value: label }));
    expect(labels(leadingDetails('audit', details))).toEqual(['a', 'b', 'c', 'd']);
  });
});
