/** Child process: the real application, built and started the way main.ts does it, on the benchmark database. */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../apps/server/src/app.js';
import { bootstrap } from '../../apps/server/src/bootstrap.js';
import { closeOnSignal, profileOnRequest, reportListening } from '../lib/child-server.js';
import { benchAppConfig } from './app-config.js';

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is not set');

if (process.env.BENCH_PROFILE === '1') await profileOnRequest();
const config = benchAppConfig(databaseUrl);
const deps = await bootstrap(config);
const app = await buildApp(deps);
await app.listen({ host: config.host, port: config.port });
closeOnSignal(async () => {
  await app.close();
  await deps.database.close();
});
reportListening((app.server.address() as AddressInfo).port);
