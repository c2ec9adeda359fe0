import fs from 'node:fs';
import { DEFAULT_GRANTS, PERMISSION_NAMES, ROLE_NAMES } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { parsePermissionsDoc, PERMISSIONS_DOC, renderPermissionsDoc } from './permissions-doc.js';

describe('docs/permissions.md', () => {
  it('is the default grants as reviewed: regenerate with `npm run permissions:generate` and review the diff', () => {
    expect(fs.readFileSync(PERMISSIONS_DOC, 'utf8')).toBe(renderPermissionsDoc());
  });

  it('reads back exactly the grants it was written from', () => {
    const parsed = parsePermissionsDoc(renderPermissionsDoc());
    expect(Object.keys(parsed)).toEqual(ROLE_NAMES);
    for (const role of ROLE_NAMES) expect([...parsed[role]!].sort(), role).toEqual([...DEFAULT_GRANTS[role]].sort());
  });

  it('shows a changed grant as a changed row', () => {
    const changed = { ...DEFAULT_GRANTS, liaison: [...DEFAULT_GRANTS.liaison, 'audit.read' as const] };
    const before = renderPermissionsDoc().split('\n');
    const after = renderPermissionsDoc(changed).split('\n');
    const differing = after.filter((line, index) => line !== before[index]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(/^\| `audit\.read` /);
    expect(PERMISSION_NAMES).toContain('audit.read');
  });
});
