/** Starts the platform: configuration, database, demo data (in demo mode), HTTP server, graceful shutdown. */
import pino from 'pino';
import { buildApp } from './app.js';
import { bootstrap, platformAdminCount } from './bootstrap.js';
import { ConfigError, loadConfig } from './kernel/config.js';
import { DEMO_PASSWORD, seedDemo } from './demo/index.js';
import { OperationError } from './kernel/db/operation-error.js';
import { startApplicationJobs } from './jobs.js';
import { exitOnFatalErrors } from './kernel/fatal-errors.js';

/** How long in-flight requests get to finish after SIGTERM before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  exitOnFatalErrors(pino({ level: config.logLevel }));
  const started = Date.now();
  const deps = await bootstrap(config);
  const demoAccounts = config.demo ? await seedDemo(deps) : [];
  if (!config.demo && (await platformAdminCount(deps)) === 0) {
    console.error(
      '尚无系统管理员。请先运行：npm run cli -- create-admin --username <name>\n' +
        'No platform administrator exists yet. Create one first: npm run cli -- create-admin --username <name>',
    );
    await deps.database.close();
    process.exit(3);
  }
  const app = await buildApp(deps);
  const jobs = config.jobs.runner ? startApplicationJobs(deps, app.log) : null;
  let shuttingDown = false;
  // In-flight requests finish (app.close waits for them), then the database closes cleanly.
  // A terminal's Ctrl-C reaches both `npm start` and this process, so a repeated signal is ignored.
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      console.error(
        `关闭超过 ${SHUTDOWN_GRACE_MS / 1000} 秒仍未完成，强制退出 / Shutdown took over ${SHUTDOWN_GRACE_MS / 1000} s; exiting anyway`,
      );
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // Keep-alive connections whose last request finished after the close began would otherwise hold
    // the server open until their keep-alive timeout; close them as they become idle.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
    try {
      // The job in hand finishes (its effects are idempotent if it does not); no new one is claimed.
      await Promise.all([app.close(), jobs?.stop()]);
      clearInterval(sweep);
      await deps.database.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const lines = [
    '',
    `Chanjiao 产教协同平台 is running at ${url}  (database: ${deps.database.kind}, ready in ${Date.now() - started} ms)`,
    `API docs: ${url}/api/docs`,
  ];
  if (demoAccounts.length > 0) {
    lines.push(`Demo accounts (password for all: ${DEMO_PASSWORD}) 演示账号（密码均为 ${DEMO_PASSWORD}）:`);
    for (const account of demoAccounts) lines.push(`  ${account.username.padEnd(22)} ${account.description}`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof OperationError ? `${error.zh}\n${error.en}\n[${error.code}]` : error);
  process.exit(1);
});
