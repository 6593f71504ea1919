'use client';

import { useState } from 'react';
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { ApiError } from '@/lib/api/errors';
import { syncParams, typedValue } from '@/lib/api/params';
import { listPatterns, listSavedQueries, runQuery, saveQuery } from '@/lib/api/queries';
import type { PatternParam, QueryResult } from '@/lib/api/types';
import { useApi } from '@/lib/api/use-api';
import NetworkExplorer from '@/components/network/NetworkExplorer';
import { useUser } from '@/components/shell/session';
import ErrorNote from '@/components/ui/ErrorNote';

const CypherEditor = dynamic(() => import('./CypherEditor'), { ssr: false });

interface Draft {
  id?: string;
  name: string;
  description: string;
  cypher: string;
  params: PatternParam[];
  shared: boolean;
  readOnly: boolean;
  legalBasis?: string;
}

const blank: Draft = {
  name: '',
  description: '',
  cypher:
    'MATCH (p:Person)<-[:INVITER]-(i:Invitation)\nWHERE i.date >= date($since)\nRETURN p.iin AS iin, p.name AS name, count(i) AS invitations\nORDER BY invitations DESC\nLIMIT 50',
  params: [{ name: 'since', type: 'date', default: '2024-01-01', description: '' }],
  shared: false,
  readOnly: false,
};

/** Pattern library (built-in, with legal basis) and the analyst's saved, shareable queries. */
export default function QueryWorkbench() {
  const t = useTranslations('queries');
  const locale = useLocale() as Locale;
  const user = useUser();
  const patterns = useApi(() => listPatterns(locale), [locale]);
  const saved = useApi(listSavedQueries, []);
  const [draft, setDraft] = useState<Draft>(blank);
  const [values, setValues] = useState<Record<string, string>>({ since: '2024-01-01' });
  const [result, setResult] = useState<QueryResult | undefined>(undefined);
  const [resultTab, setResultTab] = useState<'table' | 'graph'>('table');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  function open(next: Draft) {
    setDraft(next);
    setValues(Object.fromEntries(next.params.map((param) => [param.name, param.default ?? ''])));
    setResult(undefined);
    setError(undefined);
    setNotice(undefined);
  }

  function edit(cypher: string) {
    setDraft((current) => ({ ...current, cypher, params: syncParams(cypher, current.params) }));
  }

  async function guarded(task: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await task();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('INTERNAL', String(failure)));
    } finally {
      setBusy(false);
    }
  }

  const run = () =>
    guarded(async () => {
      const params = Object.fromEntries(
        draft.params.map((param) => [
          param.name,
          typedValue(param, values[param.name] ?? param.default ?? ''),
        ]),
      );
      const outcome = await runQuery(draft.cypher, params);
      setResult(outcome);
      setResultTab(outcome.graph.nodes.length > 0 && outcome.rows.length === 0 ? 'graph' : 'table');
    });

  const save = () =>
    guarded(async () => {
      const stored = await saveQuery({
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name.trim(),
        description: draft.description,
        cypher: draft.cypher,
        params: draft.params.map((param) => ({
          ...param,
          default: values[param.name] ?? param.default ?? '',
        })),
        shared: draft.shared,
      });
      setDraft((current) => ({ ...current, id: stored.id }));
      setNotice(t('saved'));
      saved.reload();
    });

  return (
    <section className="page workbench">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <button type="button" className="button small" onClick={() => open(blank)}>
          {t('new')}
        </button>
      </div>
      <div className="workbench-layout">
        <aside className="workbench-side">
          <h3>{t('library')}</h3>
          {patterns.error && <ErrorNote error={patterns.error} />}
          <ul className="query-list">
            {(patterns.data ?? []).map((pattern) => (
              <li key={pattern.id}>
                <button
                  type="button"
                  className={draft.id === `pattern:${pattern.id}` ? 'active' : undefined}
                  onClick={() =>
                    open({
                      id: `pattern:${pattern.id}`,
                      name: pattern.title,
                      description: pattern.hit,
                      cypher: pattern.text,
                      params: pattern.params,
                      shared: true,
                      readOnly: true,
                      legalBasis: pattern.legalBasis,
                    })
                  }
                >
                  <span className="query-name">{pattern.title}</span>
                  <span className="muted small">{pattern.legalBasis}</span>
                </button>
              </li>
            ))}
          </ul>
          <h3>{t('savedQueries')}</h3>
          {saved.error && <ErrorNote error={saved.error} />}
          <ul className="query-list">
            {(saved.data ?? [])
              .filter((query) => !query.builtIn)
              .map((query) => (
                <li key={query.id}>
                  <button
                    type="button"
                    className={draft.id === query.id ? 'active' : undefined}
                    onClick={() =>
                      open({
                        id: query.id,
                        name: query.name,
                        description: query.description ?? '',
                        cypher: query.cypher,
                        params: query.params,
                        shared: query.shared,
                        readOnly: query.owner !== user.username,
                      })
                    }
                  >
                    <span className="query-name">{query.name}</span>
                    <span className="muted small">
                      {query.owner}
                      {query.shared ? ` · ${t('shared')}` : ''}
                    </span>
                  </button>
                </li>
              ))}
          </ul>
        </aside>
        <div className="workbench-main">
          <div className="form-row">
            <label className="field grow">
              <span>{t('name')}</span>
              <input
                value={draft.name}
                disabled={draft.readOnly}
                onChange={(event) => setDraft({ ...draft, name: event.target.value })}
              />
            </label>
            <label className="inline">
              <input
                type="checkbox"
                checked={draft.shared}
                disabled={draft.readOnly}
                onChange={(event) => setDraft({ ...draft, shared: event.target.checked })}
              />
              {t('share')}
            </label>
          </div>
          <label className="field">
            <span>{t('description')}</span>
            <input
              value={draft.description}
              disabled={draft.readOnly}
              onChange={(event) => setDraft({ ...draft, description: event.target.value })}
            />
          </label>
          {draft.legalBasis && <p className="legal">{draft.legalBasis}</p>}
          <CypherEditor
            value={draft.cypher}
            onChange={edit}
            onRun={run}
            readOnly={draft.readOnly}
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
                        disabled={draft.readOnly}
                        onChange={(event) =>
                          setDraft({
                            ...draft,
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
                    <td className="muted small">{param.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            <button type="button" className="button primary" onClick={run} disabled={busy}>
              {busy ? t('running') : t('run')}
            </button>
            {!draft.readOnly && (
              <button
                type="button"
                className="button"
                onClick={save}
                disabled={busy || !draft.name.trim()}
              >
                {t('save')}
              </button>
            )}
            {draft.readOnly && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  setDraft({
                    ...draft,
                    readOnly: false,
                    shared: false,
                    name: t('copyOf', { name: draft.name }),
                  })
                }
              >
                {t('copy')}
              </button>
            )}
            {notice && <span className="notice">{notice}</span>}
          </div>
          {error && <ErrorNote error={error} />}
          {result && (
            <div className="results">
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
                  onClick={() => setResultTab('graph')}
                >
                  {t('asGraph', { nodes: result.graph.nodes.length })}
                </button>
                {result.elapsedMs !== undefined && (
                  <span className="muted small">{t('elapsed', { ms: result.elapsedMs })}</span>
                )}
                {result.truncated && <span className="badge warn">{t('truncated')}</span>}
              </div>
              {resultTab === 'table' ? (
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
                            <td key={cellIndex}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <NetworkExplorer
                  key={JSON.stringify(result.graph.nodes.length)}
                  initial={result.graph}
                />
              )}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
