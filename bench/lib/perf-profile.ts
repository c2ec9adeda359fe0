/**
 * CPU sampling with Linux `perf` of a Node process started with --perf-basic-prof (so JIT frames have
 * names). Unlike V8's profiler, which samples the main thread by wall clock and so also counts the time a
 * busy machine's scheduler keeps it waiting, perf samples only while a thread really runs on a CPU. Each
 * sample is charged to the nearest JavaScript frame on its stack: builtins, inline caches and GC work
 * triggered by a library's code are that library's cost.
 */
import { spawn, spawnSync } from 'node:child_process';

const FREQUENCY_HZ = 499;

export function perfAvailable(): boolean {
  return spawnSync('perf', ['--version']).status === 0;
}

export async function startPerfRecord(pid: number, file: string): Promise<() => Promise<void>> {
  const perf = spawn('perf', ['record', '-F', String(FREQUENCY_HZ), '-g', '-o', file, '-p', String(pid)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => perf.once('exit', () => resolve()));
  // perf needs a moment to attach to every thread before the measured work begins.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return async () => {
    perf.kill('SIGINT');
    await exited;
  };
}

export interface PerfShare {
  name: string;
  cpuMs: number;
}

export interface PerfSummary {
  cpuMs: number;
  byOrigin: PerfShare[];
  byFunction: PerfShare[];
}

function originOfPath(path: string): string {
  // Functions compiled at run time (zod's and fast-json-stringify's `new Function` parsers) have no script.
  if (path.startsWith(':')) return 'generated code (new Function)';
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (path.startsWith('node:')) return 'node:internal';
  return path.match(/\/(apps\/[^/]+|packages\/[^/]+|bench)\//)?.[1] ?? path;
}

function top(totals: Map<string, number>, limit: number): PerfShare[] {
  const sampleMs = 1000 / FREQUENCY_HZ;
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, samples]) => ({ name, cpuMs: samples * sampleMs }));
}

export function summarisePerf(file: string, limit = 15): PerfSummary {
  const script = spawnSync('perf', ['script', '-i', file, '-F', 'ip,sym'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (script.status !== 0) throw new Error(`perf script failed: ${script.stderr}`);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let samples = 0;
  for (const sample of script.stdout.split(/\n\s*\n/)) {
    if (!sample.trim()) continue;
    samples += 1;
    const frame = sample.match(/JS:[*^~+]?(\S*) (\S+)/);
    const origin = frame ? originOfPath(frame[2]!) : 'native: GC, compiler, kernel';
    const name = frame
      ? `${frame[1] || '(anonymous)'} ${frame[2]!.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|packages|bench)\//, '$1/')}`
      : origin;
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + 1);
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
  }
  return { cpuMs: (samples * 1000) / FREQUENCY_HZ, byOrigin: top(byOrigin, limit), byFunction: top(byFunction, limit) };
}
