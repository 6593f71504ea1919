'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { entityProfile } from '@/lib/api/investigate';
import type { EntityProfile, Organizer } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import type { NodeAttributes } from '@/lib/graph/build';
import { entityHref, keyOfRef } from '@/lib/graph/refs';
import { communityColor, kindColor } from '@/lib/graph/style';
import EventLine from '@/components/entity/EventLine';
import { NO_COUNTRIES, readableLabel } from '@/lib/display/subtitle';
import { useDomainLabels } from '@/components/ui/labels';
import ErrorNote from '@/components/ui/ErrorNote';
import { SourceRef } from '@/components/ui/format';

/** Events the panel lists: the oldest ones, as the API gives them; the profile has them all. */
const PANEL_EVENTS = 10;

interface Props {
  entityRef: string;
  attributes: NodeAttributes;
  degree: number;
  /** Nodes of the view in this entity's Louvain community, itself included. */
  communityShown: number;
  organizer?: Organizer;
  live: boolean;
  busy: boolean;
  onExpand: () => void;
  onFocus: () => void;
  onClose: () => void;
}

/** The selected entity: who it is, why it matters here, and its facts with their sources. */
export default function EntityPanel(props: Props) {
  const t = useTranslations('panel');
  const tKind = useTranslations('kinds');
  const labels = useDomainLabels();
  const locale = useLocale() as Locale;
  const { entityRef, attributes, organizer } = props;
  const notShown = recordsNotShown(attributes, props.degree);
  const profile = useApi<EntityProfile | undefined>(
    () => (props.live ? entityProfile(entityRef, locale, 40) : Promise.resolve(undefined)),
    [entityRef, props.live, locale],
  );
  const countries = profile.data?.countries ?? NO_COUNTRIES;

  return (
    <aside className="side-panel" data-testid="entity-panel">
      <div className="side-panel-head">
        <span className="kind-tag" style={{ background: kindColor[attributes.kind] }}>
          {tKind(attributes.kind)}
        </span>
        <button
          type="button"
          className="button ghost small"
          onClick={props.onClose}
          aria-label={t('close')}
        >
          ×
        </button>
      </div>
      <h2 className="side-panel-title">{readableLabel(attributes, countries)}</h2>
      <div className="muted small mono" title={attributes.subtitle}>
        {attributes.subtitle
          ? labels.subtitle(attributes.subtitle, countries)
          : keyOfRef(entityRef)}
      </div>
      <dl className="facts compact">
        {attributes.role && (
          <>
            <dt>{t('role')}</dt>
            <dd>{labels.role(attributes.role)}</dd>
          </>
        )}
        <dt>{t('links')}</dt>
        <dd>{props.degree}</dd>
        {attributes.records !== undefined && (
          <>
            <dt>{t('records')}</dt>
            <dd data-testid="node-records">{t('recordsValue', { count: attributes.records })}</dd>
          </>
        )}
        {attributes.community && (
          <>
            <dt>{t('community')}</dt>
            {/* The id itself means nothing to a reader: its colour in the community view and
                how many of the shown nodes share it do. */}
            <dd title={attributes.community} data-testid="node-community">
              <span
                className="swatch"
                style={{ background: communityColor(attributes.community) }}
                aria-hidden
              />
              {t('communityShown', { count: props.communityShown })}
            </dd>
          </>
        )}
      </dl>
      {(attributes.hub === true || notShown > 0) && (
        <div className="hub-note" data-testid="hub-note">
          {attributes.hub === true && <div className="hub-note-title">{t('hub')}</div>}
          {notShown > 0 && <div>{t('notShown', { count: notShown })}</div>}
          <div className="muted small">{t('expandHint')}</div>
        </div>
      )}
      {organizer && (
        <div className="organizer-box">
          <div className="organizer-title">
            {t('organizer', { rank: attributes.organizerRank ?? 1 })}
          </div>
          <ul>
            {organizer.why.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="side-panel-actions">
        <button
          type="button"
          className="button small primary"
          onClick={props.onExpand}
          disabled={!props.live || props.busy}
          data-testid="expand"
        >
          {props.busy ? t('working') : t('expand')}
        </button>
        <button type="button" className="button small" onClick={props.onFocus}>
          {t('focus')}
        </button>
        {props.live && (
          <Link className="button small" href={entityHref(entityRef)}>
            {t('profile')}
          </Link>
        )}
      </div>
      {props.live && (
        <section className="side-panel-section">
          <h3>{t('facts')}</h3>
          {profile.error && <ErrorNote error={profile.error} />}
          {profile.loading && !profile.data && <div className="muted small">{t('loading')}</div>}
          {profile.data && (
            <dl className="facts">
              {profile.data.properties.map((fact) => (
                <div key={fact.label} className="fact">
                  <dt>{labels.property(fact.label, attributes.kind)}</dt>
                  <dd>{labels.value(fact.label, fact.value)}</dd>
                </div>
              ))}
              {profile.data.source && (
                <div className="fact">
                  <dt>{t('register')}</dt>
                  <dd>
                    <SourceRef source={profile.data.source} />
                  </dd>
                </div>
              )}
              {profile.data.links.map((link) => (
                <div key={`${link.type}-${link.other.ref}`} className="fact">
                  <dt>{labels.link(link.type)}</dt>
                  <dd>
                    {readableLabel(link.other, countries)} <SourceRef source={link.source} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {profile.data && profile.data.timeline.length > 0 && (
            <>
              <h3 data-testid="panel-events">
                {t('firstEvents', {
                  shown: Math.min(PANEL_EVENTS, profile.data.timeline.length),
                  total: profile.data.timelineTotal,
                })}
              </h3>
              <div className="mini-timeline">
                {profile.data.timeline.slice(0, PANEL_EVENTS).map((event) => (
                  <EventLine
                    key={event.ref}
                    event={event}
                    self={entityRef}
                    countries={countries}
                    compact
                  />
                ))}
              </div>
            </>
          )}
        </section>
      )}
    </aside>
  );
}

/**
 * Records of the node beyond the links drawn (0 when all may be shown or the count is not
 * known). Links are neighbours, not records, so this is a lower bound of what an expansion
 * may add when several records share a neighbour, which is what the note needs to say.
 */
function recordsNotShown(attributes: NodeAttributes, degree: number): number {
  return attributes.records === undefined ? 0 : Math.max(0, attributes.records - degree);
}
