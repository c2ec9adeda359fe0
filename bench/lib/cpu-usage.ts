/**
 * CPU time spent by processes during a run, read from /proc (Linux). On a shared, busy machine requests
 * per second move with the neighbours' load; CPU milliseconds per request mostly do not, so they say
 * what a request costs — in the Node server and in the PostgreSQL backends serving it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type pg from 'pg';

let msPerTick: number | undefined;
function tickMs(): number {
  msPerTick ??= 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
  return msPerTick;
}

/** User + system CPU time of a process so far, in ms; undefined when it no longer exists. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * tickMs();
  } catch {
    return undefined;
  }
}

export interface CpuSnapshot {
  serverMs: number;
  /** CPU time per PostgreSQL backend of the server's connections, by backend pid. */
  backendsMs: Map<number, number>;
}

async function backendPids(monitor: pg.Client, applicationName: string): Promise<number[]> {
  const result = await monitor.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [applicationName]);
  return result.rows.map((row) => row.pid);
}

export async function cpuSnapshot(serverPid: number, monitor: pg.Client, applicationName: string): Promise<CpuSnapshot> {
  const backendsMs = new Map<number, number>();
  for (const pid of await backendPids(monitor, applicationName)) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) backendsMs.set(pid, ms);
  }
  return { serverMs: processCpuMs(serverPid) ?? Number.NaN, backendsMs };
}

/** CPU ms between two snapshots; a backend that appeared in between counts from zero. */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): { serverMs: number; postgresMs: number } {
  let postgresMs = 0;
  for (const [pid, ms] of after.backendsMs) postgresMs += ms - (before.backendsMs.get(pid) ?? 0);
  return { serverMs: after.serverMs - before.serverMs, postgresMs };
}
