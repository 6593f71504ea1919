'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { applyWorkflow, type WorkflowAction } from '@/lib/api/leads';
import { asApiError, type ApiError } from '@/lib/api/errors';
import { isAllowedFrom, mayAct } from '@/lib/api/lead-moves';
import type { DismissReason, Lead } from '@/lib/api/types';
import { useUser } from '@/components/shell/session';
import ErrorNote from '@/components/ui/ErrorNote';
import { DateText } from '@/components/ui/format';

type Form = 'assign' | 'comment' | 'notify' | 'dismiss' | 'openCase' | 'reopen' | undefined;
const reasons: DismissReason[] = ['01', '02', '06'];

/** The triage actions of order No. 742: acknowledge, assign, comment, notify, dismiss, open a case. */
export default function WorkflowPanel({ lead, onChanged }: { lead: Lead; onChanged: () => void }) {
  const t = useTranslations('workflow');
  const [form, setForm] = useState<Form>(undefined);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<DismissReason | ''>('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const status = lead.workflow.status;
  const formElement = useRef<HTMLFormElement>(null);
  // On a laptop screen the panel ends below the fold: bring the form that opened into view.
  useEffect(() => {
    formElement.current?.scrollIntoView({ block: 'nearest' });
  }, [form]);
  const closed = status === 'dismissed' || status === 'case_opened';
  const unacknowledged = status === 'new';
  const user = useUser();
  // Offer only the steps the API would accept from this user; anyone may comment.
  const acting = mayAct(user, lead.workflow.assignee);

  async function act(action: WorkflowAction) {
    setBusy(true);
    setError(undefined);
    try {
      await applyWorkflow(lead.id, action);
      setForm(undefined);
      setText('');
      setNote('');
      setReason('');
      onChanged();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    switch (form) {
      case 'assign':
        return act({ kind: 'assign', assignee: text.trim() });
      case 'comment':
        return act({ kind: 'comment', text: text.trim() });
      case 'notify':
        return act({ kind: 'notify', service: text.trim(), note });
      case 'dismiss':
        if (!reason) return;
        return act({ kind: 'dismiss', reason, note });
      case 'openCase':
        return act({ kind: 'openCase', caseNumber: text.trim(), note });
      case 'reopen':
        return act({ kind: 'reopen', note: text.trim() });
      default:
        return undefined;
    }
  }

  const open = (next: Form) => {
    setForm(form === next ? undefined : next);
    setText('');
  };

  return (
    <section className="card workflow" data-testid="workflow">
      <h3>{t('title')}</h3>
      <dl className="facts compact">
        <dt>{t('assignee')}</dt>
        <dd>{lead.workflow.assignee ?? '—'}</dd>
        <dt>{t('ackDue')}</dt>
        <dd>
          <DateText value={lead.workflow.ackDueAt} withTime />
        </dd>
        <dt>{t('decideDue')}</dt>
        <dd>
          <DateText value={lead.workflow.decideDueAt} withTime />
        </dd>
        {lead.workflow.notifiedService && (
          <>
            <dt>{t('notified')}</dt>
            <dd>{lead.workflow.notifiedService}</dd>
          </>
        )}
        {lead.workflow.dismissReason && (
          <>
            <dt>{t('reason')}</dt>
            <dd>{t(`reasons.${lead.workflow.dismissReason}`)}</dd>
          </>
        )}
        {lead.workflow.caseNumber && (
          <>
            <dt>{t('case')}</dt>
            <dd>{lead.workflow.caseNumber}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        {acting && (
          <>
            <MoveButton
              label={t('acknowledge')}
              tone="primary"
              disabled={busy || status !== 'new'}
              onClick={() => act({ kind: 'acknowledge' })}
            />
            <MoveButton
              label={t('review')}
              disabled={busy || !isAllowedFrom('review', status)}
              onClick={() => act({ kind: 'review' })}
            />
            <MoveButton
              label={t('assign')}
              disabled={busy || closed}
              onClick={() => open('assign')}
            />
          </>
        )}
        <MoveButton label={t('comment')} disabled={busy} onClick={() => open('comment')} />
        {acting && (
          <>
            {(['notify', 'dismiss', 'openCase'] as const).map((move) => (
              <MoveButton
                key={move}
                label={t(move)}
                tone={move === 'dismiss' ? 'danger' : undefined}
                disabled={busy || !isAllowedFrom(move, status)}
                onClick={() => open(move)}
              />
            ))}
            {user.role === 'SUPERVISOR' && isAllowedFrom('reopen', status) && (
              <MoveButton label={t('reopen')} disabled={busy} onClick={() => open('reopen')} />
            )}
          </>
        )}
      </div>
      {acting && unacknowledged && (
        <p className="muted small" data-testid="acknowledge-first">
          {t('acknowledgeFirst')}
        </p>
      )}
      {!acting && lead.workflow.assignee && user.role === 'INVESTIGATOR' && (
        <p className="muted small" data-testid="assigned-elsewhere">
          {t('assignedElsewhere', { assignee: lead.workflow.assignee })}
        </p>
      )}
      {form && (
        <form className="workflow-form" onSubmit={submit} ref={formElement}>
          {form === 'dismiss' ? (
            <label className="field">
              <span>{t('reason')}</span>
              <select
                value={reason}
                onChange={(event) => setReason(event.target.value as DismissReason)}
                required
              >
                <option value="">{t('chooseReason')}</option>
                {reasons.map((code) => (
                  <option key={code} value={code}>
                    {code} — {t(`reasons.${code}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label className="field">
              <span>{t(`fields.${form}`)}</span>
              {form === 'comment' || form === 'reopen' ? (
                <textarea
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  required
                  rows={3}
                />
              ) : (
                <input value={text} onChange={(event) => setText(event.target.value)} required />
              )}
            </label>
          )}
          {(form === 'dismiss' || form === 'notify' || form === 'openCase') && (
            <label className="field">
              <span>{t('note')}</span>
              <textarea
                value={note}
                onChange={(event) => setNote(event.target.value)}
                rows={2}
                required={form === 'dismiss'}
              />
            </label>
          )}
          <div className="actions">
            <button type="submit" className="button small primary" disabled={busy}>
              {t('confirm')}
            </button>
            <button type="button" className="button small ghost" onClick={() => setForm(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {error && <ErrorNote error={error} />}
    </section>
  );
}

/** One workflow button: small, of the panel's row, primary or danger where it says so. */
function MoveButton({
  label,
  tone,
  disabled,
  onClick,
}: {
  label: string;
  tone?: 'primary' | 'danger' | undefined;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={tone ? `button small ${tone}` : 'button small'}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
