/**
 * 三权分立 end to end: the system, security and audit administrators each do their own duty through the API
 * and none of them reaches another's, nor can the security administrator rewrite the permissions to allow it.
 */
import { DEFAULT_GRANTS, type Role } from '@chanjiao/contracts';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** One representative request per duty, each with a body valid enough to reach the permission check. */
const DUTIES = {
  'create accounts': {
    method: 'POST',
    url: '/api/users',
    payload: { username: 'new.person', displayName: '新同事', initialPassword: 'Chushi2026' },
  },
  'give roles': { method: 'POST', url: `/api/users/${NOBODY}/roles`, payload: { role: 'expert', scopeId: null } },
  'create organisations': {
    method: 'POST',
    url: '/api/organizations',
    payload: { name: '连云港职业技术学院', type: 'higher_vocational', regionCode: '320700' },
  },
  'edit role permissions': { method: 'PUT', url: '/api/roles/expert/permissions', payload: { permissions: ['org.read'] } },
  'unlock accounts': { method: 'POST', url: `/api/security/accounts/${NOBODY}/unlock` },
  'read the audit log': { method: 'GET', url: '/api/audit' },
  'export the audit log': { method: 'GET', url: '/api/audit/export.xlsx' },
  'verify the audit chain': { method: 'POST', url: '/api/audit/verify' },
} satisfies Record<string, InjectOptions>;
type Duty = keyof typeof DUTIES;

const OWN_DUTIES: Record<'platform_admin' | 'security_admin' | 'audit_admin', Duty[]> = {
  platform_admin: ['create accounts', 'give roles', 'create organisations'],
  security_admin: ['edit role permissions', 'unlock accounts'],
  audit_admin: ['read the audit log', 'export the audit log', 'verify the audit chain'],
};

describe('三权分立: the three administrators keep to their own duties', () => {
  let ctx: TestContext;
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    ctx = await createTestContext();
    for (const role of Object.keys(OWN_DUTIES) as Role[]) {
      sessions.set(role, await login(ctx.app, await createTestUser(ctx.deps, [{ role }])));
    }
  });
  afterAll(async () => ctx.close());

  const cases = (Object.entries(OWN_DUTIES) as [Role, Duty[]][]).flatMap(([role, own]) =>
    (Object.keys(DUTIES) as Duty[]).map((duty) => [role, duty, own.includes(duty)] as const),
  );

  it.each(cases)('%s: %s → allowed %s', async (role, duty, allowed) => {
    const response = await sessions.get(role)!.request(DUTIES[duty]);
    if (allowed) {
      expect(response.statusCode, response.body).not.toBe(403);
      expect(response.statusCode, response.body).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('the security administrator cannot give itself or the platform administrator another duty', async () => {
    const security = sessions.get('security_admin')!;
    for (const [role, extra] of [
      ['security_admin', 'audit.read'],
      ['security_admin', 'user.manage'],
      ['platform_admin', 'role.permission.edit'],
      ['audit_admin', 'security.unlock'],
    ] as const) {
      const response = await security.request({
        method: 'PUT',
        url: `/api/roles/${role}/permissions`,
        payload: { permissions: [...DEFAULT_GRANTS[role], extra] },
      });
      expect(response.json().error?.code, `${role} + ${extra}`).toBe('DUTY_SEPARATION');
    }
  });

  it('the platform administrator cannot make one person two administrators', async () => {
    const platform = sessions.get('platform_admin')!;
    const person = await createTestUser(ctx.deps, [{ role: 'security_admin' }]);
    const response = await platform.request({
      method: 'POST',
      url: `/api/users/${person.id}/roles`,
      payload: { role: 'audit_admin', scopeId: null },
    });
    expect(response.json().error.code).toBe('DUTY_SEPARATION');
  });
});
