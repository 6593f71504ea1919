import AuditPage from '@/components/admin/AuditPage';

export default function SupervisorAuditPage() {
  return <AuditPage />;
}
