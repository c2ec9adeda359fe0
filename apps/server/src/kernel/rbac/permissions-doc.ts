/**
 * docs/permissions.md: the default grants as a role × permission table a reviewer reads. The file is
 * generated from `DEFAULT_GRANTS` (`npm run permissions:generate`), a test fails when it and the grants
 * disagree, and policy.test.ts takes its expectations from the committed table — so a change to who may do
 * what shows up as a diff of this file in review, and a wrong grant cannot also be its own expectation.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GRANTS, type Permission, PERMISSION_NAMES, PERMISSIONS, type Role, ROLE_NAMES, ROLES } from '@chanjiao/contracts';

export const PERMISSIONS_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../docs/permissions.md');

const GRANTED = '✓';
const TABLE_HEAD = '| Permission |';

export function renderPermissionsDoc(grants: Record<Role, readonly Permission[]> = DEFAULT_GRANTS): string {
  const lines = [
    '# Who may do what — 默认角色权限',
    '',
    'The grants a fresh database starts with; the security administrator (安全管理员) may change them at run',
    'time within the separation of the three administrator duties (三权分立, `kernel/rbac/rbac.rules.ts`).',
    '',
    'Generated from `DEFAULT_GRANTS` in `packages/contracts/src/permissions.ts` by `npm run permissions:generate`;',
    'do not edit by hand. `kernel/rbac/permissions-doc.test.ts` fails when this file and the grants disagree, and',
    '`policy.test.ts` checks every API route against this table, so any change to who may do what is a diff of',
    'this file to review.',
    '',
    '## Roles',
    '',
    '| Role | 名称 | Name | Scope |',
    '| --- | --- | --- | --- |',
    ...ROLE_NAMES.map((role) => `| \`${role}\` | ${ROLES[role].label['zh-CN']} | ${ROLES[role].label['en-US']} | ${ROLES[role].scope} |`),
    '',
    '## Permissions by role',
    '',
    `${TABLE_HEAD} 权限 | Duty | ${ROLE_NAMES.map((role) => `\`${role}\``).join(' | ')} |`,
    `| --- | --- | --- | ${ROLE_NAMES.map(() => ':---:').join(' | ')} |`,
    ...PERMISSION_NAMES.map((permission) => {
      const cells = ROLE_NAMES.map((role) => (grants[role].includes(permission) ? GRANTED : ' '));
      return `| \`${permission}\` | ${PERMISSIONS[permission].label['zh-CN']} | ${PERMISSIONS[permission].duty} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim().replace(/^`|`$/g, ''));

/** Reads the grants back from the table, so that a test can compare the server with what a reviewer saw. */
export function parsePermissionsDoc(markdown: string): Record<string, Set<string>> {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(TABLE_HEAD));
  if (start < 0) throw new Error('docs/permissions.md has no permission table');
  const header = cellsOf(lines[start]!);
  const roleColumns = header.map((name, index) => [name, index] as const).slice(3);
  const granted: Record<string, Set<string>> = Object.fromEntries(roleColumns.map(([role]) => [role, new Set<string>()]));
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = cellsOf(line);
    for (const [role, index] of roleColumns) if (cells[index] === GRANTED) granted[role]!.add(cells[0]!);
  }
  return granted;
}
