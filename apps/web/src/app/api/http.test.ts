import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { client, multipart, unwrap } from './client';
import { ApiError, buildUrl, filenameFrom, setApiEventHandlers } from './http';

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
}

function serve(status: number, body: unknown) {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    sent.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers), credentials: request.credentials });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': typeof body === 'string' ? 'text/html' : 'application/json' },
    });
  });
  return sent;
}

const events: string[] = [];

beforeEach(() => {
  events.length = 0;
  vi.stubGlobal('document', { cookie: 'cj_lang=zh-CN; cj_csrf=token%3D42' });
  setApiEventHandlers({
    sessionEnded: (error) => events.push(`sessionEnded:${error.code}`),
    accountStepRequired: (error) => events.push(`accountStep:${error.code}`),
    unavailable: (error) => events.push(`unavailable:${error.code}`),
  });
});

afterEach(() => {
  setApiEventHandlers(null);
  vi.unstubAllGlobals();
});

describe('requests', () => {
  it('sends the session cookie and, for changes, the CSRF token from the cj_csrf cookie', async () => {
    const sent = serve(200, { ok: true });
    await unwrap(client.GET('/api/organizations', { params: { query: { q: '曹杨', type: undefined } } }));
    await unwrap(client.POST('/api/locale', { body: { locale: 'en-US' } }));
    expect(sent[0]).toMatchObject({
      url: 'http://localhost/api/organizations?q=%E6%9B%B9%E6%9D%A8',
      method: 'GET',
      credentials: 'same-origin',
    });
    expect(sent[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(sent[0]!.headers['accept-language']).toBe('zh-CN');
    expect(sent[1]).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(sent[1]!.headers['x-csrf-token']).toBe('token=42');
    expect(sent[1]!.headers['content-type']).toBe('application/json');
  });

  it('fills path parameters and sends a file as multipart, with the boundary the browser chose', async () => {
    const sent = serve(200, { id: 'o1' });
    await unwrap(client.GET('/api/organizations/{id}', { params: { path: { id: 'o 1' } } }));
    const form = new FormData();
    form.append('file', new Blob(['x']), '组织.xlsx');
    await unwrap(client.POST('/api/organizations/import', { ...multipart(form) }));
    expect(sent[0]!.url).toBe('http://localhost/api/organizations/o%201');
    expect(sent[1]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent[1]!.headers['x-csrf-token']).toBe('token=42');
  });

  it('leaves empty filters out of the query string', () => {
    expect(buildUrl('/api/organizations', { q: '', type: undefined, region: null, page: 2 })).toBe('/api/organizations?page=2');
    expect(buildUrl('/api/organizations', { q: '职业 学校' })).toBe('/api/organizations?q=%E8%81%8C%E4%B8%9A+%E5%AD%A6%E6%A0%A1');
    expect(buildUrl('/api/dashboard')).toBe('/api/dashboard');
  });
});

describe('failures', () => {
  it('carry the server code, its message and the field problems', async () => {
    serve(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误，请按提示修改后重试',
        fields: [{ path: 'uscc', message: '『统一社会信用代码』校验位不正确' }],
        params: { part: 'body' },
      },
    });
    const error = await unwrap(client.POST('/api/locale', { body: { locale: 'en-US' } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: '提交的内容有误，请按提示修改后重试',
      fields: [{ path: 'uscc', message: '『统一社会信用代码』校验位不正确' }],
    });
    expect(events).toEqual([]);
  });

  it('end the session only for UNAUTHENTICATED and SESSION_EXPIRED, not for a wrong password', async () => {
    serve(401, { error: { code: 'LOGIN_FAILED', message: '用户名或密码错误' } });
    await unwrap(client.POST('/api/auth/login', { body: { username: 'a', password: 'b' } })).catch(() => undefined);
    serve(401, { error: { code: 'SESSION_EXPIRED', message: '登录已超时，请重新登录' } });
    await unwrap(client.GET('/api/organizations')).catch(() => undefined);
    expect(events).toEqual(['sessionEnded:SESSION_EXPIRED']);
  });

  it('report an unavailable database, an unreachable server and an account step to the shell', async () => {
    serve(503, { error: { code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试；您的数据未丢失' } });
    const unavailable = await unwrap(client.GET('/api/dashboard')).catch((caught: unknown) => caught);
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const unreachable = await unwrap(client.GET('/api/dashboard')).catch((caught: unknown) => caught);
    serve(403, { error: { code: 'TOTP_ENROLMENT_REQUIRED', message: '管理员须先启用双因素认证' } });
    await unwrap(client.GET('/api/users')).catch(() => undefined);
    expect(events).toEqual(['unavailable:DB_UNAVAILABLE', 'unavailable:NETWORK_ERROR', 'accountStep:TOTP_ENROLMENT_REQUIRED']);
    expect((unavailable as ApiError).temporary).toBe(true);
    expect((unreachable as ApiError).message).toBe('无法连接服务器，请检查网络连接后重试');
  });

  it('explain an answer that is not the API’s JSON (a proxy error page) by its status', async () => {
    serve(502, '<html>Bad Gateway</html>');
    const error = await unwrap(client.GET('/api/dashboard')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502', message: '服务器返回了意外的响应（HTTP 502），请稍后重试' });
  });
});

describe('download names', () => {
  it('prefer the UTF-8 name, then the plain one, then the fallback', () => {
    expect(filenameFrom(`attachment; filename="____.xlsx"; filename*=UTF-8''%E7%BB%84%E7%BB%87.xlsx`, 'x.xlsx')).toBe('组织.xlsx');
    expect(filenameFrom('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx');
    expect(filenameFrom(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
