/** One load run against one target, with the CPU the server and its PostgreSQL backends spent per request. */
import type pg from 'pg';
import { cpuSnapshot, cpuSpent } from '../lib/cpu-usage.js';
import { assertAllSucceeded, runLoad, type LoadFigures } from '../lib/load.js';
import { pageCycle } from './http.js';

export interface Target {
  label: string;
  origin: string;
  /** The server process, and the application_name its database connections carry. */
  pid: number;
  applicationName: string;
  headers?: Record<string, string>;
  route?: string;
}

export interface RunFigures extends LoadFigures {
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  loadGeneratorCpuMsPerRequest: number;
}

export interface RunSettings {
  monitor: pg.Client;
  pageCount: number;
  connections: number;
}

export async function measuredLoad(
  target: Target,
  settings: RunSettings,
  run: { label: string; durationSeconds: number; overallRate?: number },
): Promise<RunFigures> {
  const before = await cpuSnapshot(target.pid, settings.monitor, target.applicationName);
  const ownBefore = process.cpuUsage();
  const figures = await runLoad({
    label: run.label,
    origin: target.origin,
    headers: target.headers,
    nextPath: pageCycle(settings.pageCount, target.route),
    connections: settings.connections,
    durationSeconds: run.durationSeconds,
    overallRate: run.overallRate,
  });
  const own = process.cpuUsage(ownBefore);
  const spent = cpuSpent(before, await cpuSnapshot(target.pid, settings.monitor, target.applicationName));
  assertAllSucceeded(figures);
  return {
    ...figures,
    serverCpuMsPerRequest: spent.serverMs / figures.completed,
    postgresCpuMsPerRequest: spent.postgresMs / figures.completed,
    loadGeneratorCpuMsPerRequest: (own.user + own.system) / 1000 / figures.completed,
  };
}
