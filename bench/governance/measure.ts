/** One fixed-rate load run against one endpoint, with the CPU the server and its PostgreSQL backends spent per request. */
import type pg from 'pg';
import { cpuSnapshot, cpuSpent } from '../lib/cpu-usage.js';
import { assertAllSucceeded, runLoad, type LoadFigures } from '../lib/load.js';
import type { Endpoint } from './endpoints.js';

export interface Server {
  origin: string;
  pid: number;
  /** The application_name the server's database connections carry. */
  applicationName: string;
  headers: Record<string, string>;
}

export interface RunFigures extends LoadFigures {
  endpoint: Endpoint['key'];
  rate: number;
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
}

export async function measuredLoad(
  server: Server,
  monitor: pg.Client,
  endpoint: Endpoint,
  run: { label: string; durationSeconds: number; rate: number; connections: number },
): Promise<RunFigures> {
  const before = await cpuSnapshot(server.pid, monitor, server.applicationName);
  const figures = await runLoad({
    label: run.label,
    origin: server.origin,
    headers: server.headers,
    nextPath: endpoint.nextPath,
    connections: run.connections,
    durationSeconds: run.durationSeconds,
    overallRate: run.rate,
  });
  const spent = cpuSpent(before, await cpuSnapshot(server.pid, monitor, server.applicationName));
  assertAllSucceeded(figures);
  return {
    ...figures,
    endpoint: endpoint.key,
    rate: run.rate,
    serverCpuMsPerRequest: spent.serverMs / figures.completed,
    postgresCpuMsPerRequest: spent.postgresMs / figures.completed,
  };
}
