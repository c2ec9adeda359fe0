/** `npm run api:generate`: writes docs/openapi.json and the web's API types after a route schema changed. */
import fs from 'node:fs';
import path from 'node:path';
import { renderWebApiFiles, WEB_API_FILES } from './web-api-files.js';

const files = await renderWebApiFiles();
for (const [kind, file] of Object.entries(WEB_API_FILES)) {
  fs.writeFileSync(file, files[kind as keyof typeof files]);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
