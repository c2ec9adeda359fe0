/**
 * Runs CLI commands in-process against a database of their own: a PGlite data directory in a temporary
 * folder, or — when DATABASE_URL is set — a fresh PostgreSQL database. A PGlite directory must not be
 * open in the test while a command runs (one process, one writer), so `withDatabase` opens it briefly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { type DatabaseHandle, openDatabase } from '../kernel/db/database.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { TEST_SECRET_KEY } from '../testing/test-secret.js';
import type { CliIo, PromptInput } from './io.js';
import { runCli } from './run.js';

/** Commands open file-backed databases several times, which takes seconds apiece on a busy machine. */
export const CLI_TEST_TIMEOUT = 180_000;

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliTestEnv {
  env: Record<string, string>;
  workDir: string;
  run(argv: string[], options?: { env?: Record<string, string>; input?: PromptInput; output?: NodeJS.WritableStream }): Promise<CliRun>;
  withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

export async function createCliTestEnv(): Promise<CliTestEnv> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-cli-'));
  const dataDir = path.join(workDir, 'data');
  let postgres: TestDatabase | null = null;
  if (process.env.DATABASE_URL) postgres = await createTestDatabase();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CHANJIAO_DEMO: 'false',
    SECRET_KEY: TEST_SECRET_KEY,
    AUDIT_CHECKPOINT_DIR: path.join(workDir, 'audit-checkpoints'),
    ...(postgres ? { DATABASE_URL: postgres.url! } : { DATA_DIR: dataDir }),
  };
  return {
    env,
    workDir,
    async run(argv, options = {}) {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = {
        env: { ...env, ...options.env },
        input: options.input ?? new PassThrough(),
        output: options.output ?? new PassThrough(),
        out: (line) => out.push(line),
        err: (line) => err.push(line),
      };
      const code = await runCli(argv, io);
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    async withDatabase(work) {
      if (postgres) return work(postgres.handle);
      const handle = await openDatabase({ dataDir });
      try {
        return await work(handle);
      } finally {
        await handle.close();
      }
    },
    async dispose() {
      await postgres?.dispose();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
