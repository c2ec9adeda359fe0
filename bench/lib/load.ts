/** Runs autocannon against one local server and keeps the figures the reports compare. */
import autocannon, { type RequestStep } from 'autocannon';

export interface LoadOptions {
  label: string;
  /** Base URL of the server; only 127.0.0.1 is allowed so that a benchmark never loads someone else's host. */
  origin: string;
  /** Called for every request, so that successive requests can ask for different pages. */
  nextPath: () => string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Requests per second across all connections; unlimited (closed loop) when absent. */
  overallRate?: number;
}

export interface LoadFigures {
  label: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  completed: number;
  failed: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const origin = new URL(options.origin);
  if (origin.hostname !== '127.0.0.1') throw new Error(`Benchmarks only load 127.0.0.1, not ${origin.hostname}`);
  const step: RequestStep = {
    method: 'GET',
    setupRequest: (request) => ({ ...request, path: options.nextPath() }),
  };
  const result = await autocannon({
    url: origin.origin,
    title: options.label,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    headers: options.headers,
    requests: [step],
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  const completed = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    label: options.label,
    requestsPerSecond: completed / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    completed,
    failed,
  };
}

/** A run with failed requests measures error handling, not the endpoint; its figures must not be reported. */
export function assertAllSucceeded(figures: LoadFigures): void {
  if (figures.failed > 0) {
    throw new Error(`${figures.label}: ${figures.failed} of ${figures.completed + figures.failed} requests failed`);
  }
}
