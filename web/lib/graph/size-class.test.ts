import { describe, expect, it } from 'vitest';
import { allLabelsNodeLimit, labelSettings, sameRenderClass } from './size-class';

describe('labelSettings', () => {
  it('labels every node of a small network', () => {
    const settings = labelSettings({ order: 17, size: 29 });
    expect(settings.labelRenderedSizeThreshold).toBe(0);
    expect(settings.labelDensity).toBeGreaterThanOrEqual(10);
  });

  it('labels only nodes drawn big enough in a larger one', () => {
    expect(labelSettings({ order: 300, size: 900 }).labelRenderedSizeThreshold).toBe(9);
    expect(labelSettings({ order: 1_000, size: 4_000 }).labelRenderedSizeThreshold).toBe(14);
  });

  it('applies new settings when an expansion takes a small network past the limit', () => {
    const small = { order: allLabelsNodeLimit, size: 60 };
    expect(sameRenderClass(small, { order: allLabelsNodeLimit + 1, size: 60 })).toBe(false);
    expect(sameRenderClass(small, { order: 12, size: 20 })).toBe(true);
  });
});
