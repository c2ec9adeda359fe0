/**
 * The files the web's typed API client is built from: the server's OpenAPI document (docs/openapi.json) and
 * the TypeScript types generated from it (apps/web/src/app/api/schema.d.ts). Both come from the application
 * itself, built in-process on an empty in-memory database: no running server and no network are needed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.js';
import { testConfig } from '../kernel/config.js';
import { openDatabase } from '../kernel/db/database.js';
import { systemClock } from '../kernel/time/clock.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const WEB_API_FILES = {
  openapi: path.join(ROOT, 'docs/openapi.json'),
  types: path.join(ROOT, 'apps/web/src/app/api/schema.d.ts'),
};

export const GENERATE_COMMAND = 'npm run api:generate';

const TYPES_HEADER = `/**
 * Types of every API route, generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\`.
 * Do not edit: change the route's zod schemas (packages/contracts) and run the command again.
 */

`;

export async function renderWebApiFiles(): Promise<{ openapi: string; types: string }> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    // Routes are only registered, never called: the database is not even migrated. The web bundle is left out
    // (a folder without index.html), so whether it was built does not change the document.
    const config = testConfig({ webDistDir: path.dirname(fileURLToPath(import.meta.url)) });
    const app = await buildApp(
      { config, database, clock: systemClock, secretKey: 'openapi-generation-only-0123456789' },
      { logger: false },
    );
    try {
      await app.ready();
      const document = app.swagger();
      // A request field with a default may be left out; the answers list such fields as required anyway.
      const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
      const types = TYPES_HEADER + astToString(ast);
      return { openapi: `${JSON.stringify(document, null, 2)}\n`, types };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
