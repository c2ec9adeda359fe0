/**
 * Servers under test run in child processes, so that the load generator does not share their event loop.
 * A child listens on a free port on 127.0.0.1 and reports it with `reportListening`.
 */
import { fork, type ChildProcess } from 'node:child_process';

interface ListeningMessage {
  listening: { port: number };
}

export interface ChildServer {
  origin: string;
  process: ChildProcess;
  /** Asks the child to close (SIGTERM) and waits for it to exit, so a CPU profile is written completely. */
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  script: string;
  env: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  startTimeoutMs?: number;
}

export function reportListening(port: number): void {
  const message: ListeningMessage = { listening: { port } };
  process.send?.(message);
}

/** Lets a child exit cleanly on SIGTERM after closing what it opened. */
export function closeOnSignal(close: () => Promise<void>): void {
  process.once('SIGTERM', () => {
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = fork(options.script, [], {
    execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await waitForExit(child, 10_000);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${options.script} did not start listening within ${options.startTimeoutMs ?? 60_000} ms`));
    }, options.startTimeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited with code ${code} before listening`));
    });
    child.on('message', (message: Partial<ListeningMessage>) => {
      if (!message.listening) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ origin: `http://127.0.0.1:${message.listening.port}`, process: child, stop });
    });
  });
}

interface ProfileRequest {
  profile: 'start' | 'stop';
  file?: string;
}

/**
 * Lets the parent profile a window of the child's life (only the load, not start-up and compilation):
 * the same V8 CPU profile `node --cpu-prof` writes, started and stopped on request.
 */
export async function profileOnRequest(): Promise<void> {
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  process.on('message', (message: Partial<ProfileRequest>) => {
    if (message.profile === 'start') {
      void session.post('Profiler.start').then(() => process.send?.({ profiling: 'started' }));
    } else if (message.profile === 'stop' && message.file) {
      const file = message.file;
      void session
        .post('Profiler.stop')
        .then(({ profile }) => writeFile(file, JSON.stringify(profile)))
        .then(() => process.send?.({ profiling: 'written', file }));
    }
  });
}

export function requestProfile(server: ChildServer, request: ProfileRequest): Promise<void> {
  const expected = request.profile === 'start' ? 'started' : 'written';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Profiler did not answer '${request.profile}' in time`)), 30_000);
    const onMessage = (message: { profiling?: string }) => {
      if (message.profiling !== expected) return;
      clearTimeout(timer);
      server.process.off('message', onMessage);
      resolve();
    };
    server.process.on('message', onMessage);
    server.process.send(request);
  });
}
