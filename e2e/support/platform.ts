/**
 * The real platform for browser journeys: the server started as `npm start` starts it (a child process running
 * apps/server/src/main.ts through tsx), in demo mode, on a free port, with a database nobody else uses — a
 * fresh PGlite directory, or a fresh database on the PostgreSQL server of DATABASE_URL — and, when given a mail
 * server, sending its e-mails there.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_MAIN = path.join(ROOT, 'apps/server/src/main.ts');
const WEB_INDEX = path.join(ROOT, 'apps/web/dist/index.html');
/** Migrations, reference data and the demo data set on a cold PGlite take a while on a busy two-core machine. */
const READY_TIMEOUT_MS = 150_000;
const STOP_TIMEOUT_MS = 15_000;

export interface Platform {
  baseUrl: string;
  /** What the server printed, for the failure message of a journey that needs it. */
  output(): string;
  stop(): Promise<void>;
}

/** CI builds the web before the journeys; a developer's first run builds it here, once. */
export function ensureWebBuilt(): void {
  if (fs.existsSync(WEB_INDEX)) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '-w', '@chanjiao/web'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building the web UI failed (exit code ${build.status})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface DatabaseChoice {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A database of its own, so a journey run never meets the unit tests' data nor a developer's ./data. */
async function freshDatabase(serverUrl: string | undefined): Promise<DatabaseChoice> {
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjiao-e2e-'));
    return { env: { DATA_DIR: dataDir }, dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `cj_e2e_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const runOnServer = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await runOnServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dispose: () => runOnServer(`drop database if exists ${name} with (force)`),
  };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

export interface PlatformOptions {
  /** SMTP_URL of the mail server the platform sends to; without it, messages stay in the inbox. */
  smtpUrl?: string;
}

/** The sender settings the configuration requires with SMTP_URL (PUBLIC_URL stays unset: links use the local address). */
function mailEnv(smtpUrl: string | undefined): Record<string, string | undefined> {
  if (!smtpUrl) return { SMTP_URL: undefined, SMTP_FROM: undefined, SMTP_REPLY_TO: undefined };
  return { SMTP_URL: smtpUrl, SMTP_FROM: '产教协同平台 <noreply@chanjiao.test>', SMTP_REPLY_TO: 'secretariat@chanjiao.test' };
}

export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  ensureWebBuilt();
  const database = await freshDatabase(process.env.DATABASE_URL);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: undefined,
    DATABASE_URL: undefined,
    DATA_DIR: undefined,
    CHANJIAO_DEMO: 'true',
    // Every journey signs in several times from 127.0.0.1; the limit itself has its own test.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
    ...mailEnv(options.smtpUrl),
    ...database.env,
  };
  let printed = '';
  const server = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    printed += chunk.toString();
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const output = () => printed;
  try {
    await waitUntilReady(baseUrl, server, output);
  } catch (error) {
    await stopProcess(server);
    await database.dispose();
    throw error;
  }
  return {
    baseUrl,
    output,
    stop: async () => {
      await stopProcess(server);
      await database.dispose();
    },
  };
}
