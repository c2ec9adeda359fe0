/**
 * Reads a V8 `.cpuprofile` (node --cpu-prof) and says where the time went: self time per function and
 * per origin (a package in node_modules, Node's internals, or our own source), as shares of busy time.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface TimeShare {
  name: string;
  ms: number;
  /** Share of the time the process was not idle. */
  percent: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  byFunction: TimeShare[];
  byOrigin: TimeShare[];
}

/** Where a frame's code lives: `fastify`, `pg`, `node:internal`, `apps/server`, … */
export function originOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node:internal';
  // PGlite's PostgreSQL, and the module lexers Node uses to load modules.
  if (url.startsWith('wasm://')) return 'WebAssembly';
  const own = url.match(/\/(apps\/[^/]+|packages\/[^/]+|bench)\//)?.[1];
  return own ?? url;
}

/** `fastify/lib/route.js:412` or `apps/server/src/app.ts:30` instead of a full file URL. */
function shortLocation(url: string, lineNumber: number): string {
  if (!url) return '';
  const path = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|packages|bench)\//, '$1/');
  return `${path}:${lineNumber + 1}`;
}

function shares(totals: Map<string, number>, busyMs: number, limit: number): TimeShare[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((1000 * ms) / busyMs) / 10 }));
}

export function summariseProfile(file: string, limit = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let busyMs = 0;
  let idleMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    // Garbage collection and unattributed native work count as busy: they are part of what a request costs.
    busyMs += ms;
    const origin = originOf(frame.url, frame.functionName);
    const name = `${frame.functionName || '(anonymous)'} ${shortLocation(frame.url, frame.lineNumber)}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + ms);
  }
  return {
    busyMs: Math.round(busyMs),
    idleMs: Math.round(idleMs),
    byFunction: shares(byFunction, busyMs, limit),
    byOrigin: shares(byOrigin, busyMs, limit),
  };
}
