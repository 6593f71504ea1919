'use client';

import { useTranslations } from 'next-intl';
import type { EntityKind } from '@/lib/api/types';
import type { ColourMode } from '@/lib/graph/build';
import {
  evidenceRing,
  hubRing,
  kindColor,
  kindIcon,
  organizerRing,
  pathRing,
} from '@/lib/graph/style';

/** Kinds with their colour and pictogram; a click hides or shows a kind (filter by type). */
export default function Legend({
  counts,
  hidden,
  onToggle,
  colourMode,
}: {
  counts: Map<EntityKind, number>;
  hidden: Set<EntityKind>;
  onToggle: (kind: EntityKind) => void;
  colourMode: ColourMode;
}) {
  const t = useTranslations('kinds');
  const tLegend = useTranslations('legend');
  return (
    <aside className="legend" aria-label={tLegend('title')}>
      <div className="legend-title">{tLegend('title')}</div>
      {[...counts.entries()].map(([kind, count]) => (
        <button
          key={kind}
          type="button"
          className={`legend-item ${hidden.has(kind) ? 'off' : ''}`}
          onClick={() => onToggle(kind)}
          aria-pressed={!hidden.has(kind)}
          title={tLegend('toggle')}
          data-kind={kind}
        >
          <span className="legend-dot" style={{ background: kindColor[kind] }}>
            <img src={kindIcon(kind)} alt="" width={12} height={12} />
          </span>
          <span>{t(kind)}</span>
          <span className="muted">{count}</span>
        </button>
      ))}
      <div className="legend-sep" />
      <div className="legend-item static">
        <span className="legend-ring" style={{ borderColor: organizerRing }} />
        {tLegend('organizer')}
      </div>
      <div className="legend-item static">
        <span className="legend-ring" style={{ borderColor: evidenceRing }} />
        {tLegend('evidence')}
      </div>
      <div className="legend-item static" title={tLegend('hubNote')} data-testid="legend-hub">
        <span className="legend-ring hub" style={{ borderColor: hubRing }} />
        {tLegend('hub')}
      </div>
      <div className="legend-item static">
        <span className="legend-ring" style={{ borderColor: pathRing }} />
        {tLegend('selected')}
      </div>
      {colourMode === 'community' && <div className="muted small">{tLegend('communityNote')}</div>}
      <div className="muted small">{tLegend('sizeNote')}</div>
    </aside>
  );
}
