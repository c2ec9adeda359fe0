/**
 * What the server accepts before any route runs: no NUL character anywhere (PostgreSQL text cannot hold one),
 * JSON bodies up to 1 MB (upload routes take files up to UPLOAD_MAX_MB), names with something visible in them,
 * and dates within 1900–2100 — each refused with 400 (413 for size) naming the field, in Chinese and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { multipartFile } from '../../testing/xlsx-upload.js';

describe('request input the database or the platform cannot take', () => {
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  });
  afterAll(async () => ctx.close());

  const createOrg = (payload: Record<string, unknown>, language = 'zh-CN') =>
    admin.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { type: 'enterprise', regionCode: '310107', ...payload },
      headers: { 'accept-language': language },
    });

  it('refuses a NUL character in a body field, a query parameter or a public sign-in with 400 naming the field', async () => {
    const inBody = await createOrg({ name: '示例\u0000企业' });
    expect(inBody.statusCode, inBody.body).toBe(400);
    expect(inBody.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'name', message: '『名称』含有空字符（U+0000），请删除后重新填写' }],
    });
    const english = await createOrg({ name: 'A\u0000B' }, 'en-US');
    expect(english.json().error.fields[0].message).toBe('“Name”: contains a NUL character (U+0000); remove it and try again');

    const inQuery = await admin.request({ method: 'GET', url: '/api/organizations?q=%E7%A4%BA%00%E4%BE%8B' });
    expect(inQuery.statusCode, inQuery.body).toBe(400);
    expect(inQuery.json().error.fields).toEqual([{ path: 'q', message: '『搜索词』含有空字符（U+0000），请删除后重新填写' }]);

    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin\u0000', password: 'x' } });
    expect(signIn.statusCode, signIn.body).toBe(400);
    expect(signIn.json().error.fields[0].path).toBe('username');
  });

  it('takes JSON bodies up to 1 MB, on public routes too, while upload routes take larger files', async () => {
    const padding = 'x'.repeat(1024 * 1024 + 1);
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'someone', password: padding } });
    expect(signIn.statusCode, signIn.body).toBe(413);
    expect(signIn.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', params: { limit: '1 MB' } });
    expect((await createOrg({ name: '示例企业', description: padding })).statusCode).toBe(413);

    const file = multipartFile(Buffer.alloc(3 * 1024 * 1024, 7), '组织.xlsx');
    const upload = await admin.request({ method: 'POST', url: '/api/organizations/import', payload: file.payload, headers: file.headers });
    expect(upload.statusCode, upload.body).toBe(415);
  });

  it('refuses names made only of invisible characters', async () => {
    for (const name of ['\u200b\u200b', '\u3164', '\u2800\u200d', '\u00ad\ufe0f']) {
      const response = await createOrg({ name });
      expect(response.statusCode, JSON.stringify(name)).toBe(400);
      expect(response.json().error.fields).toEqual([
        { path: 'name', message: '『名称』只含不可见的字符（如零宽空格），请填写看得见的文字' },
      ]);
    }
    const shortName = await createOrg({ name: '示例企业', shortName: '\u200b' });
    expect(shortName.json().error.fields[0]).toMatchObject({ path: 'shortName' });
    expect((await createOrg({ name: '\u200b示例企业' })).statusCode).toBe(201);
  });

  it('refuses dates outside 1900–2100 with a message saying so', async () => {
    const body = (foundedOn: string) =>
      admin.request({ method: 'POST', url: '/api/bodies', payload: { name: `示例联盟${foundedOn}`, kind: 'alliance', foundedOn } });
    const typo = await body('0226-05-01');
    expect(typo.statusCode, typo.body).toBe(400);
    expect(typo.json().error.fields).toEqual([
      { path: 'foundedOn', message: '『成立日期』应在 1900-01-01 至 2100-12-31 之间，请检查年份' },
    ]);
    expect((await body('2206-05-01')).statusCode).toBe(400);
    const plausible = await body('2026-05-01');
    expect(plausible.statusCode, plausible.body).toBe(201);
  });
});
