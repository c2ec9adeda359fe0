/**
 * Vitest global set-up: migrates and seeds one template database per run, which every test file copies
 * instead of migrating anew (see test-database.ts). The workers Vitest starts afterwards inherit the
 * environment variables set here; the template is removed when the run ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../bootstrap.js';
import { openDatabase } from '../kernel/db/database.js';
import { adminQuery, TEMPLATE_ENV, uniqueDatabaseName, withDatabase } from './test-database.js';

export default async function setup(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = uniqueDatabaseName('cj_template');
    await adminQuery(serverUrl, `create database ${name}`);
    const handle = await openDatabase({ url: withDatabase(serverUrl, name), poolSize: 1 });
    try {
      await prepareDatabase(handle);
    } finally {
      await handle.close();
    }
    // No session may stay connected to a template while it is copied; refusing connections keeps it so.
    await adminQuery(serverUrl, `alter database ${name} with allow_connections false`);
    process.env[TEMPLATE_ENV.postgresDatabase] = name;
    return async () => {
      delete process.env[TEMPLATE_ENV.postgresDatabase];
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    };
  }
  const handle = await openDatabase({ dataDir: 'memory://' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjiao-test-template-'));
  const dumpFile = path.join(dir, 'pgdata.tar');
  try {
    await prepareDatabase(handle);
    // Uncompressed: loading it in every test file then costs no decompression.
    const dump = await handle.pglite!.dumpDataDir('none');
    fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  process.env[TEMPLATE_ENV.pgliteDump] = dumpFile;
  return async () => {
    delete process.env[TEMPLATE_ENV.pgliteDump];
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
