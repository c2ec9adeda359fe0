/**
 * E-mail through a real SMTP server started in this process (smtp-server), read back with mailparser: what
 * arrives (both parts, the link to the record, the unsubscribe link), that a retried job does not send twice,
 * that failures are retried and then shown to the platform administrator, the unsubscribe link, the digest.
 */
import type { TEmailDeliveryPage, TInboxPage, TNotificationSettings } from '@chanjiao/contracts';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { runDueJobs } from '../../../jobs.js';
import { updateUser } from '../../../kernel/auth/auth.repository.js';
import { jobs } from '../../../kernel/jobs/jobs.table.js';
import { createTestContext, createTestUser, login } from '../../../testing/test-app.js';
import { newOrg, notifyMeeting } from '../notifications.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const received: ParsedMail[] = [];
const headerLine = (mail: ParsedMail, key: string) =>
  (mail.headerLines.find((header) => header.key === key)?.line ?? '').replace(/\r\n\s+/g, ' ');
let refuse = false;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    if (refuse) {
      stream.resume();
      stream.on('end', () => callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 })));
      return;
    }
    simpleParser(stream).then(
      (mail) => {
        received.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const port = (smtp.server.address() as AddressInfo).port;

const ctx = await createTestContext({
  smtp: { url: `smtp://127.0.0.1:${port}`, from: '产教协同平台 <noreply@chanjiao.test>', replyTo: 'secretariat@chanjiao.test' },
  publicUrl: 'https://chanjiao.test',
});
afterAll(async () => {
  await ctx.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

let orgId: string;
let member: Awaited<ReturnType<typeof createTestUser>>;
let clock = new Date('2026-12-06T02:00:00Z');
const deliver = (at = clock) => runDueJobs(ctx.deps, at);
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  orgId = await newOrg(ctx.deps);
  // No second factor: this member signs in several times within one 30-second step.
  member = await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgId }], { totp: false });
  await updateUser(ctx.deps.database.db, member.id, { email: 'rep@caoyang.test' });
  await deliver();
});
beforeEach(() => {
  received.length = 0;
  refuse = false;
});

// The describes below share the file's database and clock: they are one journey in the order written.
describe('e-mail delivery against one SMTP server and one member', STEPS_IN_ORDER, () => {
  describe('a message by e-mail', () => {
    it('arrives with a plain-text and an HTML part, the link to the record and an unsubscribe link', async () => {
      const { meetingId } = await notifyMeeting(ctx.deps, [{ role: 'member_representative', scopeId: orgId }]);
      await deliver();
      expect(received).toHaveLength(1);
      const [mail] = received;
      expect(mail!.to).toMatchObject({ text: 'rep@caoyang.test' });
      expect(mail!.from?.text).toContain('noreply@chanjiao.test');
      expect(mail!.replyTo?.text).toBe('secretariat@chanjiao.test');
      expect(mail!.subject).toBe('[产教协同平台] 沿沪宁产业创新带职业院校联盟召开2026年度校长联席会议');
      const link = `https://chanjiao.test/governance/meetings/${meetingId}`;
      expect(mail!.text).toContain('会议定于 2026-12-20 在上海市曹杨职业技术学校举行');
      expect(mail!.text).toContain(link);
      expect(mail!.html).toContain(`href="${link}"`);
      expect(mail!.text).toMatch(/https:\/\/chanjiao\.test\/unsubscribe\?token=\S+/);
      expect(mail!.html).toContain('退订此类邮件');
      expect(headerLine(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(headerLine(mail!, 'list-unsubscribe')).toMatch(
        /^List-Unsubscribe: <https:\/\/chanjiao\.test\/api\/notifications\/unsubscribe\/one-click\?token=/,
      );
    });

    it('is sent once even when its job runs again', async () => {
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '只发一次的会议' });
      await deliver();
      expect(received).toHaveLength(1);
      // As if the runner had died after sending but before marking the job done.
      await ctx.deps.database.db
        .update(jobs)
        .set({ state: 'queued', runAt: null })
        .where(sql`name = 'notifications.send_email'`);
      await deliver();
      expect(received).toHaveLength(1);
    });

    it('is retried with back-off while the server refuses, and the platform administrator sees the failure', async () => {
      refuse = true;
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '发送失败的会议' });
      const outcomes = [];
      for (const wait of [0, 1, 2, 4, 8, 16]) outcomes.push(...(await deliver(later(wait * 60 + 1))));
      const sends = outcomes.filter((outcome) => outcome.name === 'notifications.send_email');
      expect(sends.map((outcome) => outcome.outcome)).toEqual(['retrying', 'retrying', 'retrying', 'retrying', 'retrying', 'failed']);
      expect(received).toHaveLength(0);

      const admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
      await deliver(later(1));
      const failures = (
        await admin.request({ method: 'GET', url: '/api/admin/email-deliveries?status=failed' })
      ).json() as TEmailDeliveryPage;
      expect(failures.items[0]).toMatchObject({
        username: member.username,
        address: 'r***@caoyang.test',
        status: 'failed',
        attempts: 6,
        kindLabel: '会议通知',
      });
      expect(failures.items[0]!.lastError).toContain('Mailbox unavailable');
      const adminInbox = (await admin.request({ method: 'GET', url: '/api/notifications?module=system' })).json() as TInboxPage;
      expect(adminInbox.items[0]).toMatchObject({ title: '后台任务失败：发送消息邮件', link: '/admin/jobs' });

      // Retried by the administrator once the mail server is back, it arrives.
      refuse = false;
      const failed = (await admin.request({ method: 'GET', url: '/api/admin/jobs?state=failed' })).json() as {
        items: { id: string; name: string }[];
      };
      const job = failed.items.find((item) => item.name === 'notifications.send_email')!;
      expect((await admin.request({ method: 'POST', url: `/api/admin/jobs/${job.id}/retry` })).statusCode).toBe(200);
      await deliver(later(1));
      expect(received.map((mail) => mail.subject)).toEqual(['[产教协同平台] 沿沪宁产业创新带职业院校联盟召开发送失败的会议']);
    });
  });

  describe('preferences and unsubscribing', () => {
    it('the unsubscribe link works without signing in and stops e-mails of that kind', async () => {
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '退订前的会议' });
      await deliver(later(1));
      const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(received[0]!.text!)![1]!);
      const preview = await ctx.app.inject({ method: 'GET', url: `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}` });
      expect(preview.json()).toEqual({ kindLabel: '会议通知', username: member.username });
      const done = await ctx.app.inject({ method: 'POST', url: '/api/notifications/unsubscribe', payload: { token } });
      expect(done.statusCode).toBe(200);

      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '退订后的会议' });
      await deliver(later(1));
      expect(received).toHaveLength(1);
      const settings = (
        await (await login(ctx.app, member)).request({ method: 'GET', url: '/api/notifications/settings' })
      ).json() as TNotificationSettings;
      expect(settings.kinds.find((kind) => kind.kind === 'governance.meeting_convened')?.channel).toBe('inbox');
    });

    it('refuses an altered unsubscribe link', async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/notifications/unsubscribe',
        payload: { token: 'eyJ1IjoiYSIsImsiOiJiIn0.forged-signature' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    });

    it('accepts the one-click unsubscribe mail clients send (RFC 8058)', async () => {
      await ctx.deps.database.db.execute(sql`delete from notification_preferences`);
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '一键退订的会议' });
      await deliver(later(1));
      const oneClick = /<([^>]+)>/.exec(headerLine(received[0]!, 'list-unsubscribe'))![1]!;
      const response = await ctx.app.inject({
        method: 'POST',
        url: oneClick.replace('https://chanjiao.test', ''),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().kindLabel).toBe('会议通知');
    });

    it('collects digest kinds into one e-mail at 08:00 Asia/Shanghai', async () => {
      const session = await login(ctx.app, member);
      const saved = await session.request({
        method: 'PUT',
        url: '/api/notifications/settings',
        payload: { channels: { 'governance.meeting_convened': 'digest' } },
      });
      expect(saved.statusCode).toBe(200);
      clock = new Date('2026-12-09T20:00:00Z'); // 04:00 on 10 December in Shanghai
      await deliver(); // the digest of a morning the clock skipped runs now, with nothing in it
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '摘要会议甲' });
      await notifyMeeting(ctx.deps, [{ userId: member.id }], { title: '摘要会议乙' });
      await deliver();
      expect(received).toHaveLength(0);
      await deliver(new Date('2026-12-10T00:00:00Z'));
      expect(received).toHaveLength(1);
      expect(received[0]!.subject).toBe('[产教协同平台] 2026-12-10 消息摘要：2 条未读');
      expect(received[0]!.text).toContain('摘要会议甲');
      expect(received[0]!.text).toContain('摘要会议乙');
      await deliver(new Date('2026-12-11T00:00:00Z'));
      expect(received).toHaveLength(1);
    });

    it('asks for an address before e-mail can be chosen', async () => {
      const noAddress = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgId }]));
      const response = await noAddress.request({
        method: 'PUT',
        url: '/api/notifications/settings',
        payload: { channels: { 'governance.meeting_convened': 'email' } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'EMAIL_REQUIRED_FOR_CHANNEL', fields: [{ path: 'email' }] });
      const withAddress = await noAddress.request({
        method: 'PUT',
        url: '/api/notifications/settings',
        payload: { email: 'new@caoyang.test', channels: { 'governance.meeting_convened': 'email' } },
      });
      expect((withAddress.json() as TNotificationSettings).email).toBe('new@caoyang.test');
    });
  });

  describe('without SMTP', () => {
    it('the settings page says e-mail is off, and the inbox still works', async () => {
      // The same database, served by an application configured without SMTP.
      const deps = { ...ctx.deps, config: { ...ctx.deps.config, smtp: undefined } };
      const app = await buildApp(deps, { logger: false });
      try {
        const user = await createTestUser(deps, [], { totp: false });
        await updateUser(deps.database.db, user.id, { email: 'someone@caoyang.test' });
        const session = await login(app, user);
        const settings = (await session.request({ method: 'GET', url: '/api/notifications/settings' })).json() as TNotificationSettings;
        expect(settings.emailEnabled).toBe(false);
        await notifyMeeting(deps, [{ userId: user.id }], { title: '没有邮件服务器时的会议' });
        await runDueJobs(deps, later(1));
        expect(
          ((await session.request({ method: 'GET', url: '/api/notifications?module=governance' })).json() as TInboxPage).items,
        ).toHaveLength(1);
        expect(received).toHaveLength(0);
      } finally {
        await app.close();
      }
    });
  });
});
