'use client';

import { Fragment, useState } from 'react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { useGuardedTask } from '@/lib/api/use-guarded-task';
import { expand } from '@/lib/api/investigate';
import { syncParams, typedValue } from '@/lib/api/params';
import { listSavedQueries, runSavedQuery, saveQuery, shareQuery } from '@/lib/api/queries';
import type { PatternParam, QueryResult, Role, SavedQuery, SubGraph } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import { paramTextParts } from '@/lib/display/param-text';
import { entityHref, isEntityRef } from '@/lib/graph/refs';
import NetworkExplorer from '@/components/network/NetworkExplorer';
import { hasRole, useUser } from '@/components/shell/session';
import ErrorNote from '@/components/ui/ErrorNote';

const CypherEditor = dynamic(() => import('./CypherEditor'), { ssr: false });

const shareableRoles: Role[] = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'];

interface Draft {
  id?: string;
  name: string;
  description: string;
  cypher: string;
  params: PatternParam[];
  sharedWith: string[];
  sharedRoles: Role[];
  canEdit: boolean;
  builtIn: boolean;
  legalBasis?: string;
  /** Edited since it was saved: running needs a save first (the API runs saved queries only). */
  dirty: boolean;
}

const example = `MATCH (p:Person)<-[:INVITER]-(i:Invitation)-[:FOREIGNER]->(f:Foreigner)
WHERE i.date >= date($since) AND f.citizenship IN $countries
RETURN 'person:' + p.iin AS person, p.name AS name, count(DISTINCT f) AS foreigners
ORDER BY foreigners DESC
LIMIT 50`;

function draftOf(query: SavedQuery): Draft {
  return {
    id: query.id,
    name: query.name,
    description: query.description,
    cypher: query.cypher,
    params: query.params,
    sharedWith: query.sharedWith,
    sharedRoles: query.sharedRoles,
    canEdit: query.canEdit,
    builtIn: query.builtIn,
    dirty: false,
    ...(query.legalBasis ? { legalBasis: query.legalBasis } : {}),
  };
}

/**
 * `draft` with the name, description, legal basis and parameters (their meanings) of its
 * built-in as last listed; a built-in's parameters are read-only, so nothing typed is lost.
 */
function withTextsOf(draft: Draft, builtIns: SavedQuery[]): Draft {
  const listed = builtIns.find((query) => query.id === draft.id);
  if (!listed) return draft;
  const { name, description, legalBasis, params } = draftOf(listed);
  return { ...draft, name, description, params, ...(legalBasis ? { legalBasis } : {}) };
}

/** Pattern library (built-in, with legal basis) and the analysts' saved, shareable queries. */
export default function QueryWorkbench() {
  const t = useTranslations('queries');
  const tRole = useTranslations('roles');
  const locale = useLocale() as Locale;
  const user = useUser();
  const mayWrite = hasRole(user, 'ANALYST');
  const queries = useApi(() => listSavedQueries(locale), [locale]);
  const [opened, setOpened] = useState<Draft | undefined>(undefined);
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<QueryResult | undefined>(undefined);
  const [resultGraph, setResultGraph] = useState<SubGraph | undefined>(undefined);
  const [resultTab, setResultTab] = useState<'table' | 'graph'>('table');
  const { busy, error, setError, notice, setNotice, guarded } = useGuardedTask();

  const builtIns = (queries.data ?? []).filter((query) => query.builtIn);
  const saved = (queries.data ?? []).filter((query) => !query.builtIn);
  // A built-in shows the texts of the current list, so they follow a change of language.
  const draft = opened?.builtIn ? withTextsOf(opened, builtIns) : opened;

  function open(next: Draft) {
    setOpened(next);
    setValues(Object.fromEntries(next.params.map((param) => [param.name, param.default ?? ''])));
    setResult(undefined);
    setResultGraph(undefined);
    setError(undefined);
    setNotice(undefined);
  }

  function startNew() {
    const params = syncParams(example, [
      { name: 'since', type: 'date', default: '2024-01-01', description: '' },
      { name: 'countries', type: 'list<string>', default: 'AFG, PAK, BGD', description: '' },
    ]);
    open({
      name: '',
      description: '',
      cypher: example,
      params,
      sharedWith: [],
      sharedRoles: [],
      canEdit: true,
      builtIn: false,
      dirty: true,
    });
  }

  function change(patch: Partial<Draft>) {
    setOpened((current) => (current ? { ...current, ...patch, dirty: true } : current));
  }

  async function persist(current: Draft): Promise<string> {
    const stored = await saveQuery({
      ...(current.id ? { id: current.id } : {}),
      name: current.name.trim() || t('untitled'),
      description: current.description,
      cypher: current.cypher,
      params: current.params.map((param) => ({
        ...param,
        default: values[param.name] ?? param.default ?? '',
      })),
    });
    await shareQuery(stored.id, current.sharedWith, current.sharedRoles);
    setOpened({
      ...draftOf(stored),
      sharedWith: current.sharedWith,
      sharedRoles: current.sharedRoles,
    });
    queries.reload();
    return stored.id;
  }

  const save = () =>
    guarded(async () => {
      if (!draft) return;
      await persist(draft);
      setNotice(t('saved'));
    });

  const run = () =>
    guarded(async () => {
      if (!draft) return;
      const id = draft.dirty || !draft.id ? await persist(draft) : draft.id;
      const params = Object.fromEntries(
        draft.params
          .filter((param) => (values[param.name] ?? '') !== '')
          .map((param) => [param.name, typedValue(param, values[param.name] ?? '')]),
      );
      const outcome = await runSavedQuery(id, params);
      setResult(outcome);
      setResultGraph(undefined);
      setResultTab('table');
    });

  const showGraph = () =>
    guarded(async () => {
      setResultTab('graph');
      if (!result || resultGraph || result.refs.length === 0) return;
      setResultGraph(await expand(result.refs.slice(0, 200), { limit: 400 }));
    });

  return (
    <section className="page workbench">
      <div className="page-header">
        <h1>{t('title')}</h1>
        {mayWrite && (
          <button type="button" className="button small" onClick={startNew}>
            {t('new')}
          </button>
        )}
      </div>
      {queries.error && <ErrorNote error={queries.error} />}
      <div className="workbench-layout">
        <aside className="workbench-side">
          <h3>{t('library')}</h3>
          <ul className="query-list" data-testid="pattern-library">
            {builtIns.map((query) => (
              <li key={query.id}>
                <button
                  type="button"
                  className={draft?.id === query.id ? 'active' : undefined}
                  onClick={() => open(draftOf(query))}
                >
                  <span className="query-name">{query.name}</span>
                  {query.legalBasis && (
                    <span className="muted small clamp">{query.legalBasis}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          <h3>{t('savedQueries')}</h3>
          {saved.length === 0 && <p className="muted small">{t('noSaved')}</p>}
          <ul className="query-list">
            {saved.map((query) => (
              <li key={query.id}>
                <button
                  type="button"
                  className={draft?.id === query.id ? 'active' : undefined}
                  onClick={() => open(draftOf(query))}
                >
                  <span className="query-name">{query.name}</span>
                  <span className="muted small">
                    {query.owner}
                    {query.sharedRoles.length + query.sharedWith.length > 0
                      ? ` · ${t('shared')}`
                      : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
        <div className="workbench-main">
          {!draft && <p className="muted">{t('pick')}</p>}
          {draft && (
            <>
              <div className="form-row">
                <label className="field grow">
                  <span>{t('name')}</span>
                  <input
                    value={draft.name}
                    disabled={!draft.canEdit}
                    onChange={(event) => change({ name: event.target.value })}
                  />
                </label>
              </div>
              {draft.canEdit ? (
                <label className="field">
                  <span>{t('description')}</span>
                  <input
                    value={draft.description}
                    onChange={(event) => change({ description: event.target.value })}
                  />
                </label>
              ) : (
                // Read-only: the whole text (a built-in's says what a hit means), not a cut-off input.
                draft.description && (
                  <p className="query-description" data-testid="query-description">
                    {/* A parameter the text names shows the value the query will run with. */}
                    {paramTextParts(
                      draft.description,
                      draft.params.map((param) => param.name),
                    ).map((part, i) =>
                      'param' in part ? (
                        <span key={i} className="param-value mono" title={`$${part.param}`}>
                          {values[part.param] || `$${part.param}`}
                        </span>
                      ) : (
                        <Fragment key={i}>{part.text}</Fragment>
                      ),
                    )}
                  </p>
                )
              )}
              {draft.legalBasis && <p className="legal">{draft.legalBasis}</p>}
              <CypherEditor
                value={draft.cypher}
                onChange={(cypher) => change({ cypher, params: syncParams(cypher, draft.params) })}
                onRun={run}
                readOnly={!draft.canEdit}
              />
              <p className="muted small">{t('readOnlyNote')}</p>
              {draft.params.length > 0 && (
                <table className="table params">
                  <thead>
                    <tr>
                      <th>{t('param')}</th>
                      <th>{t('type')}</th>
                      <th>{t('value')}</th>
                      <th>{t('meaning')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {draft.params.map((param) => (
                      <tr key={param.name}>
                        <td className="mono">${param.name}</td>
                        <td>
                          <select
                            value={param.type}
                            disabled={!draft.canEdit}
                            onChange={(event) =>
                              change({
                                params: draft.params.map((item) =>
                                  item.name === param.name
                                    ? { ...item, type: event.target.value }
                                    : item,
                                ),
                              })
                            }
                          >
                            {['string', 'int', 'float', 'date', 'list<string>'].map((type) => (
                              <option key={type}>{type}</option>
                            ))}
                          </select>
                        </td>
                        <td>
                          <input
                            value={values[param.name] ?? ''}
                            onChange={(event) =>
                              setValues({ ...values, [param.name]: event.target.value })
                            }
                          />
                        </td>
                        <td className="muted small param-meaning">{param.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {draft.canEdit && (
                <div className="share">
                  <span className="muted small">{t('shareWith')}</span>
                  {shareableRoles.map((role) => (
                    <label key={role} className="inline">
                      <input
                        type="checkbox"
                        checked={draft.sharedRoles.includes(role)}
                        onChange={(event) =>
                          change({
                            sharedRoles: event.target.checked
                              ? [...draft.sharedRoles, role]
                              : draft.sharedRoles.filter((item) => item !== role),
                          })
                        }
                      />
                      {tRole(role)}
                    </label>
                  ))}
                  <input
                    className="users"
                    placeholder={t('shareUsers')}
                    value={draft.sharedWith.join(', ')}
                    onChange={(event) =>
                      change({
                        sharedWith: event.target.value
                          .split(',')
                          .map((item) => item.trim())
                          .filter(Boolean),
                      })
                    }
                  />
                </div>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  onClick={run}
                  disabled={busy || (draft.dirty && !draft.canEdit)}
                >
                  {busy ? t('running') : t('run')}
                </button>
                {draft.canEdit && (
                  <button
                    type="button"
                    className="button"
                    onClick={save}
                    disabled={busy || !draft.name.trim()}
                  >
                    {t('save')}
                  </button>
                )}
                {!draft.canEdit && mayWrite && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      open({
                        ...draft,
                        name: t('copyOf', { name: draft.name }),
                        sharedWith: [],
                        sharedRoles: [],
                        canEdit: true,
                        builtIn: false,
                        dirty: true,
                        id: undefined,
                      })
                    }
                  >
                    {t('copy')}
                  </button>
                )}
                {notice && <span className="notice">{notice}</span>}
              </div>
            </>
          )}
          {error && <ErrorNote error={error} />}
          {result && (
            <div className="results" data-testid="query-results">
              <div className="tabs">
                <button
                  type="button"
                  className={resultTab === 'table' ? 'active' : undefined}
                  onClick={() => setResultTab('table')}
                >
                  {t('asTable', { rows: result.rows.length })}
                </button>
                <button
                  type="button"
                  className={resultTab === 'graph' ? 'active' : undefined}
                  onClick={showGraph}
                  disabled={result.refs.length === 0}
                >
                  {t('asGraph', { nodes: result.refs.length })}
                </button>
                <span className="muted small">{t('elapsed', { ms: result.elapsedMs })}</span>
                {result.truncated && <span className="badge warn">{t('truncated')}</span>}
              </div>
              {resultTab === 'table' && (
                <div className="table-wrap">
                  <table className="table">
                    <thead>
                      <tr>
                        {result.columns.map((column) => (
                          <th key={column}>{column}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {result.rows.map((row, index) => (
                        <tr key={index}>
                          {row.map((cell, cellIndex) => (
                            <td key={cellIndex} className="cell">
                              {isEntityRef(cell) ? (
                                <Link href={entityHref(cell)}>{cell}</Link>
                              ) : (
                                cell
                              )}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {resultTab === 'graph' && resultGraph && <NetworkExplorer initial={resultGraph} />}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
