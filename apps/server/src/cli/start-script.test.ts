/**
 * `npm start` end to end: scripts/start.mjs runs the real server process on a PGlite data directory;
 * SIGTERM lets a request that is still arriving finish, closes the database and exits 0. A fatal error
 * (a promise rejected with nobody handling it) is logged and exits 1, for the supervisor to restart it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../kernel/auth/auth.table.js';
import { LOCK_FILE_NAME } from '../kernel/db/data-dir-lock.js';
import { openDatabase } from '../kernel/db/database.js';
import { CLI_TEST_TIMEOUT, type CliTestEnv, createCliTestEnv } from './cli-test-env.js';
import { STEPS_IN_ORDER } from '../testing/steps-in-order.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntil(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let cli: CliTestEnv;
let server: ChildProcess | undefined;
beforeAll(async () => {
  cli = await createCliTestEnv();
}, CLI_TEST_TIMEOUT);
afterAll(async () => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  await cli?.dispose();
});

describe.skipIf(!!process.env.DATABASE_URL)(
  'npm start and graceful shutdown (PGlite data directory; skipped when DATABASE_URL selects PostgreSQL)',
  STEPS_IN_ORDER,
  () => {
    it(
      'finishes the in-flight request on SIGTERM, exits 0, and leaves a data directory that reopens cleanly',
      async () => {
        expect(
          (await cli.run(['create-admin', '--username', 'operator'], { env: { CHANJIAO_ADMIN_PASSWORD: 'Start-Passw0rd' } })).code,
        ).toBe(0);
        const port = await freePort();
        const dataDir = cli.env.DATA_DIR!;
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          ...cli.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          CHANJIAO_SKIP_WEB_BUILD: '1',
        };
        delete env.DATABASE_URL;
        const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        server = child;
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

        await waitUntil(async () => {
          if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
          return fetch(`http://127.0.0.1:${port}/readyz`).then(
            (response) => response.ok,
            () => false,
          );
        }, 'the server to become ready');
        expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);

        // A sign-in whose body is still on its way when SIGTERM arrives: it must be answered, from the database.
        const body = JSON.stringify({ username: 'operator', password: 'not-the-password' });
        const socket = net.connect(port, '127.0.0.1');
        let response = '';
        socket.on('data', (chunk) => (response += chunk.toString()));
        const socketClosed = new Promise((resolve) => socket.on('close', resolve));
        socket.write(
          `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        child.kill('SIGTERM');
        await waitUntil(() => output.includes('shutting down'), 'the server to begin shutting down', 30_000);
        socket.write(body.slice(10));
        await socketClosed;

        expect(await exited, output).toBe(0);
        expect(response, output).toMatch(/^HTTP\/1\.1 401 /);
        expect(response).toContain('LOGIN_FAILED');
        expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);

        const reopened = await openDatabase({ dataDir });
        try {
          const [row] = await reopened.db.select({ n: count() }).from(users);
          expect(row?.n).toBe(1);
        } finally {
          await reopened.close();
        }
      },
      CLI_TEST_TIMEOUT,
    );

    it(
      'logs a fatal error and exits 1 when a promise rejection goes unhandled, so that systemd restarts it',
      async () => {
        expect(
          (await cli.run(['create-admin', '--username', 'fatal_operator'], { env: { CHANJIAO_ADMIN_PASSWORD: 'Start-Passw0rd' } })).code,
        ).toBe(0);
        const port = await freePort();
        const env: NodeJS.ProcessEnv = { ...process.env, ...cli.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' };
        delete env.DATABASE_URL;
        // The fault is injected from outside the server's code: on SIGUSR2 a promise is rejected and nobody handles it.
        const fault = 'data:text/javascript,process.on("SIGUSR2",()=>{Promise.reject(new Error("injected fault"))})';
        const child = spawn(process.execPath, ['--import', 'tsx', '--import', fault, 'apps/server/src/main.ts'], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        server = child;
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        await waitUntil(async () => {
          if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${stdout}${stderr}`);
          return fetch(`http://127.0.0.1:${port}/readyz`).then(
            (response) => response.ok,
            () => false,
          );
        }, 'the server to become ready');

        child.kill('SIGUSR2');

        expect(await exited, stdout + stderr).toBe(1);
        const fatal = stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } })
          .find((entry) => entry.level === 60);
        expect(fatal, stdout).toMatchObject({
          msg: expect.stringContaining('unhandled promise rejection'),
          err: { message: 'injected fault' },
        });
      },
      CLI_TEST_TIMEOUT,
    );
  },
);
