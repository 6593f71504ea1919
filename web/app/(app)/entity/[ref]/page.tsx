import EntityProfileView from '@/components/entity/EntityProfileView';

export default async function EntityPage({ params }: { params: Promise<{ ref: string }> }) {
  const { ref } = await params;
  return <EntityProfileView entityRef={decodeURIComponent(ref)} />;
}
