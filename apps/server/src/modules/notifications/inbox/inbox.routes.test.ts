/**
 * The inbox through the API: a user sees only their own messages; a message addressed to a role reaches its
 * current holders (and later holders while it is open), and leaves the inbox of someone who loses the role.
 */
import type { TInboxPage } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../jobs.js';
import { createTestContext, createTestUser, login, type Session } from '../../../testing/test-app.js';
import { closeNotifications } from '../notify.service.js';
import { newBody, newOrg, notifyMeeting } from '../notifications.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// Real time: sign-in checks second-factor codes against the clock.
const ctx = await createTestContext();
const deliver = () => runDueJobs(ctx.deps, new Date());
afterAll(() => ctx.close());

let orgA: string;
let orgB: string;
let repA: Session;
let repB: Session;
let outsider: Session;

const inbox = async (session: Session, query = '') =>
  (await session.request({ method: 'GET', url: `/api/notifications${query}` })).json() as TInboxPage;
const unread = async (session: Session) =>
  ((await session.request({ method: 'GET', url: '/api/notifications/unread-count' })).json() as { unread: number }).unread;
const titles = async (session: Session, query = '') => (await inbox(session, query)).items.map((item) => item.title);

beforeAll(async () => {
  orgA = await newOrg(ctx.deps);
  orgB = await newOrg(ctx.deps, '上海市南湖职业学校');
  await newBody(ctx.deps, orgA);
  repA = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgA }]));
  repB = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgB }]));
  outsider = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'liaison', scopeId: orgA }]));
  await deliver();
  for (const session of [repA, repB, outsider]) await session.request({ method: 'POST', url: '/api/notifications/read-all', payload: {} });
});

// The describes below share the file's database and clock: they are one journey in the order written.
describe("the inbox of two member units' representatives", STEPS_IN_ORDER, () => {
  describe('a message addressed to a role', () => {
    it('reaches every current holder once the fan-out job has run, and nobody else', async () => {
      await notifyMeeting(
        ctx.deps,
        [
          { role: 'member_representative', scopeId: orgA },
          { role: 'member_representative', scopeId: orgB },
        ],
        { title: '第一次会议' },
      );
      expect(await titles(repA)).not.toContain('沿沪宁产业创新带职业院校联盟召开第一次会议');
      await deliver();
      expect((await titles(repA))[0]).toBe('沿沪宁产业创新带职业院校联盟召开第一次会议');
      expect((await titles(repB))[0]).toBe('沿沪宁产业创新带职业院校联盟召开第一次会议');
      expect(await titles(outsider)).not.toContain('沿沪宁产业创新带职业院校联盟召开第一次会议');
      expect(await unread(repA)).toBe(1);
    });

    it('links to the record and renders in the reader’s language', async () => {
      const [item] = (
        (await (
          await repA.request({ method: 'GET', url: '/api/notifications', headers: { 'accept-language': 'en-US' } })
        ).json()) as TInboxPage
      ).items;
      expect(item).toMatchObject({
        title: '沿沪宁产业创新带职业院校联盟 convenes 第一次会议',
        module: 'governance',
        recordType: 'meeting',
        read: false,
      });
      expect(item!.link).toMatch(/^\/governance\/meetings\/[0-9a-f-]{36}$/);
    });

    it('reaches someone who takes the role on later while it is open, but not once it is closed', async () => {
      await notifyMeeting(ctx.deps, [{ role: 'member_representative', scopeId: orgA }], { title: '仍待出席的会议' });
      const decided = await notifyMeeting(ctx.deps, [{ role: 'member_representative', scopeId: orgA }], { title: '已办结的会议' });
      await deliver();
      await ctx.deps.database.db.transaction((tx) => closeNotifications(tx, { recordType: 'meeting', recordId: decided.meetingId }));
      const newcomer = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgA }]));
      const seen = await titles(newcomer);
      expect(seen).toContain('沿沪宁产业创新带职业院校联盟召开仍待出席的会议');
      expect(seen).not.toContain('沿沪宁产业创新带职业院校联盟召开已办结的会议');
      // Those who had it keep it.
      expect(await titles(repA)).toContain('沿沪宁产业创新带职业院校联盟召开已办结的会议');
    });

    it('leaves the inbox of a holder whose role is withdrawn', async () => {
      const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
      const adminSession = await login(ctx.app, admin);
      const leaving = await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgA }]);
      const session = await login(ctx.app, leaving);
      expect(await titles(session)).toContain('沿沪宁产业创新带职业院校联盟召开第一次会议');
      const user = (await adminSession.request({ method: 'GET', url: `/api/users/${leaving.id}` })).json() as {
        roles: { id: string; role: string }[];
      };
      const assignment = user.roles.find((role) => role.role === 'member_representative')!;
      expect((await adminSession.request({ method: 'DELETE', url: `/api/users/${leaving.id}/roles/${assignment.id}` })).statusCode).toBe(
        200,
      );
      await deliver();
      const after = await titles(session);
      expect(after).not.toContain('沿沪宁产业创新带职业院校联盟召开第一次会议');
      expect(after[0]).toBe('您的角色已被收回：成员单位代表');
    });
  });

  describe('one’s own inbox only', () => {
    it('refuses to mark another user’s message, as if it did not exist', async () => {
      const [item] = (await inbox(repA)).items;
      const response = await repB.request({ method: 'PUT', url: `/api/notifications/${item!.id}/read`, payload: { read: true } });
      expect(response.statusCode).toBe(404);
      expect((await inbox(repA)).items[0]!.read).toBe(false);
    });

    it('asks anonymous callers to sign in', async () => {
      expect((await ctx.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    });
  });

  describe('reading', () => {
    it('marks one message read and unread again', async () => {
      const before = await unread(repA);
      const [item] = (await inbox(repA)).items;
      await repA.request({ method: 'PUT', url: `/api/notifications/${item!.id}/read`, payload: { read: true } });
      expect(await unread(repA)).toBe(before - 1);
      expect((await inbox(repA, '?unread=true')).items.map((i) => i.id)).not.toContain(item!.id);
      await repA.request({ method: 'PUT', url: `/api/notifications/${item!.id}/read`, payload: { read: false } });
      expect(await unread(repA)).toBe(before);
    });

    it('marks all of one module read, leaving the others', async () => {
      const marked = (
        await repA.request({ method: 'POST', url: '/api/notifications/read-all', payload: { module: 'governance' } })
      ).json() as { updated: number };
      expect(marked.updated).toBeGreaterThan(0);
      expect((await inbox(repA, '?unread=true&module=governance')).items).toEqual([]);
      expect((await inbox(repA, '?module=accounts')).items.length).toBeGreaterThan(0);
    });

    it('pages through many messages, newest first, without gaps or repeats', async () => {
      const reader = await createTestUser(ctx.deps, [{ role: 'principal', scopeId: orgB }]);
      for (let n = 1; n <= 25; n += 1) await notifyMeeting(ctx.deps, [{ userId: reader.id }], { title: `会议${n}` });
      await deliver();
      const session = await login(ctx.app, reader);
      const first = await inbox(session, '?module=governance&limit=20');
      const second = await inbox(session, `?module=governance&limit=20&cursor=${first.nextCursor}`);
      expect(first.items).toHaveLength(20);
      expect(second.nextCursor).toBeNull();
      const all = [...first.items, ...second.items].map((item) => item.title.replace('沿沪宁产业创新带职业院校联盟召开', ''));
      expect(new Set(all).size).toBe(25);
      expect(all[0]).toBe('会议25');
    });

    it('refuses a made-up page position with a message naming the field', async () => {
      const response = await repA.request({ method: 'GET', url: '/api/notifications?cursor=bm9uc2Vuc2U' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].path).toBe('cursor');
    });
  });

  describe('notify()', () => {
    it('sends a message once for one dedupe key', async () => {
      const reader = await createTestUser(ctx.deps, [{ role: 'principal', scopeId: orgA }]);
      const first = await notifyMeeting(ctx.deps, [{ userId: reader.id }], { dedupeKey: 'meeting-convened:x' });
      const again = await notifyMeeting(ctx.deps, [{ userId: reader.id }], { dedupeKey: 'meeting-convened:x' });
      expect(again).toMatchObject({ id: first.id, created: false });
      await deliver();
      expect((await inbox(await login(ctx.app, reader), '?module=governance')).items).toHaveLength(1);
    });

    it('leaves out whoever caused the event', async () => {
      const secretary = await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgB }]);
      const actor = { userId: secretary.id, username: secretary.username, ip: null, userAgent: null, requestId: null };
      await notifyMeeting(ctx.deps, [{ role: 'member_representative', scopeId: orgB }], { title: '自己召集的会议', actor });
      await deliver();
      expect(await titles(await login(ctx.app, secretary))).not.toContain('沿沪宁产业创新带职业院校联盟召开自己召集的会议');
      expect(await titles(repB)).toContain('沿沪宁产业创新带职业院校联盟召开自己召集的会议');
    });
  });
});
