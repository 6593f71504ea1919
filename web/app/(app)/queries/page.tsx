import QueryWorkbench from '@/components/queries/QueryWorkbench';

export default function QueriesPage() {
  return <QueryWorkbench />;
}
