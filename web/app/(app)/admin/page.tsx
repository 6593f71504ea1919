import AdminConsole from '@/components/admin/AdminConsole';

export default function AdminPage() {
  return <AdminConsole />;
}
