import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { auditLog } from '../kernel/audit/audit.table.js';
import { users } from '../kernel/auth/auth.table.js';
import { testConfig } from '../kernel/config.js';
import { systemClock } from '../kernel/time/clock.js';
import { login } from '../testing/test-app.js';
import { CLI_TEST_TIMEOUT, type CliTestEnv, createCliTestEnv } from './cli-test-env.js';
import { STEPS_IN_ORDER } from '../testing/steps-in-order.js';

let cli: CliTestEnv;
beforeAll(async () => {
  cli = await createCliTestEnv();
}, CLI_TEST_TIMEOUT);
afterAll(async () => {
  await cli?.dispose();
});

const ADMIN_PASSWORD = 'Cli-Admin-Passw0rd';

describe('chanjiao CLI: usage', () => {
  it('lists every command in both languages for help, and exits 2 for an unknown command', async () => {
    const help = await cli.run(['help']);
    expect(help.code).toBe(0);
    for (const usage of ['migrate', 'seed', 'create-admin --username', 'backup --out', 'restore --in', 'audit verify']) {
      expect(help.out).toContain(usage);
    }
    expect(help.out).toContain('创建系统管理员');
    expect((await cli.run([])).out).toBe(help.out);

    const unknown = await cli.run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command: frobnicate');
  });

  it('exits 2 naming the problem for a missing or unknown option', async () => {
    const missing = await cli.run(['create-admin']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--username');
    expect(missing.err).toContain('缺少必填参数');

    const unknown = await cli.run(['backup', '--out', 'x.dump', '--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--fast');
  });

  it('exits 2 with every configuration problem listed', async () => {
    const result = await cli.run(['migrate'], { env: { PORT: 'eighty', DATABASE_URL: 'mysql://x' } });
    expect(result.code).toBe(2);
    expect(result.err).toContain('PORT');
    expect(result.err).toContain('DATABASE_URL');
  });
});

describe('chanjiao CLI: migrate and create-admin', STEPS_IN_ORDER, () => {
  it(
    'migrates, and a second run has nothing left to apply',
    async () => {
      const first = await cli.run(['migrate']);
      expect(first.code).toBe(0);
      const total = Number(/(\d+) in total/.exec(first.out)?.[1]);
      expect(total).toBeGreaterThan(0);
      const second = await cli.run(['migrate']);
      expect(second.out).toContain(`applied 0 migration(s), ${total} in total`);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'creates a platform administrator who can sign in and must enrol a second factor',
    async () => {
      const result = await cli.run(['create-admin', '--username', 'Chief', '--display-name', '总管理员'], {
        env: { CHANJIAO_ADMIN_PASSWORD: ADMIN_PASSWORD },
      });
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(result.out).toContain('chief');

      await cli.withDatabase(async (database) => {
        const { db } = database;
        const [user] = await db.select().from(users).where(eq(users.username, 'chief'));
        expect(user).toMatchObject({ displayName: '总管理员', mustChangePassword: false, totpSecret: null });
        const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, user!.id));
        expect(entries.map((entry) => entry.action)).toEqual(['user.create', 'user.role.assign']);
        expect(entries[0]!.actorUsername).toMatch(/^cli:/);

        const app = await buildApp(
          { config: testConfig(), database, secretKey: 'cli-test-secret-0123456789abcdef012345', clock: systemClock },
          { logger: false },
        );
        try {
          const session = await login(app, 'chief', ADMIN_PASSWORD);
          const me = (await session.request({ method: 'GET', url: '/api/auth/me' })).json() as {
            roles: { role: string }[];
            totpEnrolmentRequired: boolean;
          };
          expect(me.roles.map((role) => role.role)).toEqual(['platform_admin']);
          expect(me.totpEnrolmentRequired).toBe(true);
        } finally {
          await app.close();
        }
      });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'asks for the password twice on a terminal',
    async () => {
      const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
      const output = new PassThrough();
      let shown = '';
      output.on('data', (chunk: Buffer) => {
        shown += chunk.toString();
        if (shown.endsWith('Password: ')) input.write('Typed-Passw0rd\r');
        if (shown.endsWith('Repeat password: ')) input.write('Typed-Passw0rd\r');
      });
      const result = await cli.run(['create-admin', '--username', 'typist'], { input, output });
      expect(result.code).toBe(0);
      expect(shown).not.toContain('Typed-Passw0rd');
      expect(await cli.withDatabase(async ({ db }) => (await db.select().from(users).where(eq(users.username, 'typist'))).length)).toBe(1);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses a taken username, a weak password, and a missing password without a terminal',
    async () => {
      const taken = await cli.run(['create-admin', '--username', 'chief'], { env: { CHANJIAO_ADMIN_PASSWORD: ADMIN_PASSWORD } });
      expect(taken.code).toBe(1);
      expect(taken.err).toContain('[USERNAME_TAKEN]');

      const weak = await cli.run(['create-admin', '--username', 'weakling'], { env: { CHANJIAO_ADMIN_PASSWORD: 'abc' } });
      expect(weak.code).toBe(1);
      expect(weak.err).toMatch(/\[PASSWORD_[A-Z_]+\]/);

      const noPassword = await cli.run(['create-admin', '--username', 'silent']);
      expect(noPassword.code).toBe(1);
      expect(noPassword.err).toContain('CHANJIAO_ADMIN_PASSWORD');
      expect(noPassword.err).toContain('[ADMIN_PASSWORD_MISSING]');

      const created = await cli.withDatabase(({ db }) => db.select({ username: users.username }).from(users));
      expect(created.map((row) => row.username).sort()).toEqual(['chief', 'typist']);
    },
    CLI_TEST_TIMEOUT,
  );
});
