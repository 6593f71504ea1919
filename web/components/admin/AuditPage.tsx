'use client';

import { useTranslations } from 'next-intl';
import AuditLog from './AuditLog';

/**
 * The audit log for supervisors, who oversee who read what and why (the API lets them read
 * it); user administration stays with admins, so the log filters by a typed user name.
 */
export default function AuditPage() {
  const t = useTranslations('shell.nav');
  return (
    <section className="page admin">
      <div className="page-header">
        <h1>{t('audit')}</h1>
      </div>
      <AuditLog usernames={[]} heading={false} />
    </section>
  );
}
