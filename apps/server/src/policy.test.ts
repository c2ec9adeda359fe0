/**
 * Every API route against every role: a role is refused (403 FORBIDDEN) exactly when the reviewed table in
 * docs/permissions.md lacks the route's permission for it, and let through otherwise. The expectation is the
 * committed table, not the `DEFAULT_GRANTS` the server seeds from, so a wrongly granted permission fails here
 * until someone changes the table and a reviewer sees the diff. Routes are read from the kernel's registry,
 * so a route added tomorrow is checked without anyone editing this file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { type Permission, PERMISSION_NAMES, PERMISSIONS, type Role, ROLE_NAMES, ROLES } from '@chanjiao/contracts';
import Fastify, { type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from './kernel/audit/audit.service.js';
import { kernelPlugin } from './kernel/http/kernel-plugin.js';
import { type RegisteredRoute, registeredRoutes } from './kernel/http/route-registry.js';
import { parsePermissionsDoc, PERMISSIONS_DOC } from './kernel/rbac/permissions-doc.js';
import { addMember, createBody, createLiaison } from './modules/bodies/index.js';
import { insertOrgs, orgValues } from './modules/organizations/index.js';
import { createTestContext, createTestUser, login, type Session } from './testing/test-app.js';

const ctx = await createTestContext();
const apiRoutes = registeredRoutes(ctx.app).filter((route) => route.url.startsWith('/api/'));
const reviewed = parsePermissionsDoc(fs.readFileSync(PERMISSIONS_DOC, 'utf8'));
const permissionOf = (route: RegisteredRoute): Permission | null => ('permission' in route.policy ? route.policy.permission : null);

interface Fixtures {
  orgId: string;
  bodyId: string;
}

let fixtures: Fixtures;
const sessions = new Map<Role, Session>();
let sequence = 0;

async function newOrg(name: string): Promise<string> {
  sequence += 1;
  const [org] = await insertOrgs(ctx.deps.database.db, [
    orgValues({ name: `${name}${sequence}`, type: 'secondary_vocational', regionCode: '310107' }),
  ]);
  return org!.id;
}

/**
 * Path parameters point at the fixtures the scoped roles hold: the organisation, the body, and — made afresh
 * for each call, since an allowed call may remove them — a membership and a liaison. Accounts and anything
 * else get an id that matches nothing, so no call changes the users under test.
 */
async function pathFor(route: RegisteredRoute): Promise<string> {
  const db = ctx.deps.database.db;
  const values: Record<string, string> = {};
  for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
    if (name === 'role') values[name] = 'expert';
    else if (name === 'bodyId' || (name === 'id' && route.url.startsWith('/api/bodies/'))) values[name] = fixtures.bodyId;
    else if (name === 'orgId' || (name === 'id' && route.url.startsWith('/api/organizations/'))) values[name] = fixtures.orgId;
    else if (name === 'memberId') {
      const orgId = await newOrg('新成员单位');
      values[name] = (await addMember(db, SYSTEM_ACTOR, fixtures.bodyId, { orgId, joinedOn: '2025-06-01', reason: '申请加入' })).id;
    } else if (name === 'liaisonId') {
      const liaison = await createLiaison(db, SYSTEM_ACTOR, fixtures.bodyId, {
        orgId: fixtures.orgId,
        name: '联络员',
        title: '教务处副处长',
      });
      values[name] = liaison.id;
    } else values[name!] = randomUUID();
  }
  return route.url.replace(/:(\w+)/g, (_whole, name: string) => values[name]!);
}

async function requestFor(route: RegisteredRoute): Promise<InjectOptions> {
  const method = route.method as InjectOptions['method'];
  return { method, url: await pathFor(route), ...(route.hasBody ? { payload: {} } : {}) };
}

beforeAll(async () => {
  const db = ctx.deps.database.db;
  const orgId = await newOrg('上海市曹杨职业技术学校');
  const body = await createBody(db, SYSTEM_ACTOR, { name: '沿沪宁产业创新带职业院校联盟', kind: 'alliance', secretariatOrgId: orgId });
  await addMember(db, SYSTEM_ACTOR, body.id, { orgId, joinedOn: '2025-06-01', reason: '发起单位' });
  fixtures = { orgId, bodyId: body.id };
  for (const role of ROLE_NAMES) {
    const scope = ROLES[role].scope;
    const scopeId = scope === 'org' ? orgId : scope === 'body' ? body.id : null;
    sessions.set(role, await login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }])));
  }
});
afterAll(async () => ctx.close());

describe('the route registry', () => {
  it('holds every API route with a well-formed policy', () => {
    expect(apiRoutes.map((route) => `${route.method} ${route.url}`)).toEqual(
      expect.arrayContaining(['GET /api/dashboard', 'POST /api/users', 'GET /api/audit', 'PATCH /api/organizations/:id']),
    );
    for (const route of apiRoutes) {
      const policy = route.policy as Record<string, unknown>;
      const wellFormed =
        policy.public === true ||
        policy.authenticated === true ||
        (typeof policy.permission === 'string' && policy.permission in PERMISSIONS);
      expect(wellFormed, `${route.method} ${route.url}`).toBe(true);
    }
  });

  it('stops an application at start when a route declares no policy', async () => {
    const app = Fastify({ logger: false });
    await app.register(kernelPlugin, {
      db: ctx.deps.database.db,
      config: ctx.deps.config,
      secretKey: ctx.deps.secretKey,
      clock: ctx.deps.clock,
    });
    expect(() => app.get('/api/forgotten', async () => ({ leaked: true }))).toThrow(/declares no policy/);
    app.get('/api/declared', { config: { policy: { permission: 'audit.read' } } }, async () => ({}));
    expect(registeredRoutes(app).map((route) => route.url)).toEqual(['/api/declared']);
    await app.close();
  });
});

describe('the reviewed table (docs/permissions.md)', () => {
  it('has a column for every role and only known permissions', () => {
    expect(Object.keys(reviewed).sort()).toEqual([...ROLE_NAMES].sort());
    for (const permissions of Object.values(reviewed)) for (const permission of permissions) expect(PERMISSION_NAMES).toContain(permission);
  });
});

describe('anonymous callers', () => {
  it.each(apiRoutes.filter((route) => !('public' in route.policy)).map((route) => [route.method, route.url, route] as const))(
    '%s %s answers 401',
    async (_method, _url, route) => {
      const response = await ctx.app.inject(await requestFor(route));
      expect(response.statusCode, response.body).toBe(401);
    },
  );
});

describe('every role against every permission route (the reviewed table)', () => {
  const routes = apiRoutes.filter((route) => permissionOf(route) !== null);

  it.each(routes.map((route) => [route.method, route.url, route] as const))('%s %s', async (_method, _url, route) => {
    const permission = permissionOf(route)!;
    const wrong: string[] = [];
    for (const role of ROLE_NAMES) {
      const response = await sessions.get(role)!.request(await requestFor(route));
      const code = response.statusCode === 403 ? (response.json() as { error: { code: string } }).error.code : null;
      const refused = code === 'FORBIDDEN';
      const granted = reviewed[role]?.has(permission) ?? false;
      if (granted && (refused || response.statusCode === 401 || response.statusCode >= 500)) {
        wrong.push(`${role} holds ${permission} but got ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
      if (!granted && !refused) wrong.push(`${role} lacks ${permission} but got ${response.statusCode} ${code ?? ''}`);
    }
    expect(wrong).toEqual([]);
  });
});
