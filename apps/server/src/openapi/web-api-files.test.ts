import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, renderWebApiFiles, WEB_API_FILES } from './web-api-files.js';

describe('the web API client', () => {
  // Builds the whole application and renders its types: longer than a route test on a busy machine.
  it('is generated from the routes as they are now', { timeout: 180_000 }, async () => {
    const fresh = await renderWebApiFiles();
    for (const kind of ['openapi', 'types'] as const) {
      const committed = fs.existsSync(WEB_API_FILES[kind]) ? fs.readFileSync(WEB_API_FILES[kind], 'utf8') : '';
      expect(
        committed === fresh[kind],
        `${WEB_API_FILES[kind]} is out of date with the route schemas: run \`${GENERATE_COMMAND}\` and commit the result`,
      ).toBe(true);
    }
  });
});
