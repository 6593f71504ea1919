import { notFound } from 'next/navigation';
import BenchNetwork from '@/components/bench/BenchNetwork';

/**
 * A synthetic network of a given size for `bench/ui.ts` (no API, no personal data). Served
 * only when the web app runs with `ARNA_WEB_BENCH=1`.
 */
export default async function BenchNetworkPage({
  searchParams,
}: {
  searchParams: Promise<{ nodes?: string; edges?: string }>;
}) {
  if (process.env['ARNA_WEB_BENCH'] !== '1') notFound();
  const { nodes, edges } = await searchParams;
  return <BenchNetwork nodes={Number(nodes ?? 5000)} edges={Number(edges ?? 20000)} />;
}
