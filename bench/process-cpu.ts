import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Linux reports process times in USER_HZ ticks, 100 per second on every Linux ABI. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds a process (e.g. the Neo4j JVM a benchmark started) has used so far, from
 * /proc: unlike wall time, not inflated by other work on a shared machine.
 */
export function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds this process has used so far. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The 1-minute load average, to print beside wall times measured on a shared machine. */
export function loadAverage(): string {
  return (os.loadavg()[0] ?? 0).toFixed(1);
}
