import LeadsQueue from '@/components/leads/LeadsQueue';

export default function LeadsPage() {
  return <LeadsQueue />;
}
