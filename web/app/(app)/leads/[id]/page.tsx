import LeadView from '@/components/leads/LeadView';

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LeadView id={decodeURIComponent(id)} />;
}
