/** Sign-in, sign-out, the current user, password change, second factor and interface language. */
import { ZChangePasswordBody, ZLocaleBody, ZLoginBody, ZMe, ZOk, ZTotpBegin, ZTotpConfirmBody } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import * as auth from '../../kernel/auth/auth.service.js';
import { requireAuth } from '../../kernel/http/context.js';
import { CSRF_COOKIE, LOCALE_COOKIE, SESSION_COOKIE } from '../../kernel/http/kernel-plugin.js';
import { typed } from '../../kernel/http/routes.js';
import { noticeSignIn } from './account-notices.js';
import { describeMe } from './me.service.js';

export async function sessionRoutes(app: FastifyInstance, deps: AppDeps) {
  const authDeps: auth.AuthDeps = {
    db: deps.database.db,
    config: deps.config,
    secretKey: deps.secretKey,
    clock: deps.clock,
    afterSignIn: noticeSignIn,
  };
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: deps.config.cookieSecure };
  const setSessionCookies = (reply: FastifyReply, token: string, csrfToken: string) => {
    void reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true });
    void reply.setCookie(CSRF_COOKIE, csrfToken, { ...cookieBase, httpOnly: false });
  };
  const r = typed(app);

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录 Sign in', body: ZLoginBody },
      config: {
        policy: { public: true },
        rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 },
      },
    },
    async (request, reply) => {
      const result = await auth.login(authDeps, request.actor, request.body);
      // API clients ask for a bearer token instead of cookies.
      if (request.headers['x-session-transport'] === 'bearer') {
        return { token: result.token, user: result.user };
      }
      setSessionCookies(reply, result.token, result.csrfToken);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: '退出 Sign out', response: { 200: ZOk } },
      config: { policy: { authenticated: true, allowBeforePasswordChange: true } },
    },
    async (request, reply) => {
      await auth.logout(authDeps, request.actor, requireAuth(request).sessionId);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: ZMe } },
      config: { policy: { authenticated: true, allowBeforePasswordChange: true } },
    },
    async (request) => describeMe(deps, requireAuth(request)),
  );

  r.post(
    '/api/auth/password',
    {
      schema: { tags: ['auth'], summary: '修改密码 Change password', body: ZChangePasswordBody, response: { 200: ZOk } },
      config: { policy: { authenticated: true, allowBeforePasswordChange: true } },
    },
    async (request) => {
      await auth.changePassword(authDeps, request.actor, requireAuth(request), request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/totp/begin',
    {
      schema: { tags: ['auth'], summary: '开始绑定动态验证码 Start TOTP enrolment', response: { 200: ZTotpBegin } },
      config: { policy: { authenticated: true } },
    },
    async (request) => auth.beginTotpEnrolment(authDeps, request.actor, requireAuth(request)),
  );

  r.post(
    '/api/auth/totp/confirm',
    {
      schema: { tags: ['auth'], summary: '确认绑定动态验证码 Confirm TOTP', body: ZTotpConfirmBody, response: { 200: ZOk } },
      config: { policy: { authenticated: true } },
    },
    async (request) => {
      await auth.confirmTotpEnrolment(authDeps, request.actor, requireAuth(request), request.body.code);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/locale',
    {
      schema: { tags: ['auth'], summary: '界面语言 Interface language', body: ZLocaleBody, response: { 200: ZOk } },
      config: { policy: { public: true } },
    },
    async (request, reply) => {
      void reply.setCookie(LOCALE_COOKIE, request.body.locale, { ...cookieBase, httpOnly: false, maxAge: 365 * 86_400 });
      return { ok: true as const };
    },
  );
}
