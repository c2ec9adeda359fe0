import { DEFAULT_GRANTS, PERMISSIONS } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDeps, type TestDeps } from '../../testing/test-app.js';
import { auditLog } from '../audit/audit.table.js';
import { currentRolePermissions, seedRolePermissions } from './rbac.service.js';
import { knownPermissions, rolePermissions } from './rbac.table.js';

// An upgraded platform opens a new version's pages to the roles a fresh one would, and keeps the security
// administrator's own decisions about the permissions it had before.
describe('default grants of permissions a new version brings', () => {
  let t: TestDeps;
  beforeEach(async () => {
    t = await createTestDeps();
  });
  afterEach(async () => t.close());

  const db = () => t.deps.database.db;
  const holders = async (permission: string) =>
    (await db().select().from(rolePermissions).where(eq(rolePermissions.permission, permission))).map((r) => r.role).sort();
  const defaultHolders = (permission: string) =>
    Object.entries(DEFAULT_GRANTS)
      .filter(([, granted]) => (granted as readonly string[]).includes(permission))
      .map(([role]) => role)
      .sort();
  const introductions = async () => db().select().from(auditLog).where(eq(auditLog.action, 'role.permission.introduce'));
  /** As an older version left the database: the permission unknown and granted to nobody. */
  const forget = async (permission: string) => {
    await db().delete(knownPermissions).where(eq(knownPermissions.permission, permission));
    await db().delete(rolePermissions).where(eq(rolePermissions.permission, permission));
  };

  it('knows every permission of a fresh database, which carries the defaults', async () => {
    const known = await db().select().from(knownPermissions);
    expect(known.map((k) => k.permission).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(await holders('resources.exchange.edit')).toEqual(defaultHolders('resources.exchange.edit'));
    expect(await introductions()).toEqual([]);
  });

  it('grants a new permission its defaults once, audited, and leaves a revoked older one revoked', async () => {
    await forget('resources.exchange.edit');
    await db()
      .delete(rolePermissions)
      .where(and(eq(rolePermissions.role, 'org_admin'), eq(rolePermissions.permission, 'resources.survey.fill')));

    await seedRolePermissions(db());
    await seedRolePermissions(db());

    expect(await holders('resources.exchange.edit')).toEqual(defaultHolders('resources.exchange.edit'));
    expect((await currentRolePermissions(db())).get('org_admin')).not.toContain('resources.survey.fill');
    const [entry, again] = await introductions();
    expect(again).toBeUndefined();
    expect(entry!.details).toMatchObject({ permissions: ['resources.exchange.edit'] });
  });

  it('treats the names some role holds as known in a database from before names were recorded', async () => {
    await forget('reports.report.publish');
    await db().delete(knownPermissions);
    await db()
      .delete(rolePermissions)
      .where(and(eq(rolePermissions.role, 'org_admin'), eq(rolePermissions.permission, 'resources.survey.fill')));

    await seedRolePermissions(db());

    expect(await holders('reports.report.publish')).toEqual(defaultHolders('reports.report.publish'));
    expect((await currentRolePermissions(db())).get('org_admin')).not.toContain('resources.survey.fill');
    expect((await db().select().from(knownPermissions)).length).toBe(Object.keys(PERMISSIONS).length);
  });
});
