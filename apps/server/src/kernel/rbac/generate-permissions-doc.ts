/** Writes docs/permissions.md from the default grants (see permissions-doc.ts). */
import fs from 'node:fs';
import { PERMISSIONS_DOC, renderPermissionsDoc } from './permissions-doc.js';

fs.writeFileSync(PERMISSIONS_DOC, renderPermissionsDoc());
console.log(`wrote ${PERMISSIONS_DOC}`);
