/** The application's configuration for the benchmark: production settings, no demo data, quiet logs. */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { type AppConfig, loadConfig } from '../../apps/server/src/kernel/config.js';

export function benchAppConfig(databaseUrl: string): AppConfig {
  return loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? '10',
    DATA_DIR: path.join(os.tmpdir(), 'chanjiao-bench-app'),
    CHANJIAO_DEMO: 'false',
    SECRET_KEY: randomBytes(32).toString('hex'),
    // `warn`: per-request logs at `info` would be a cost of their own, measured separately if wanted.
    LOG_LEVEL: 'warn',
  });
}
