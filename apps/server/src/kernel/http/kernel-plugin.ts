/**
 * The request pipeline every API route shares: locale and actor, session resolution, and the
 * declared policy (authentication, CSRF, second factor for administrators, permission + record scope).
 */
import { DEFAULT_LOCALE, type Locale, type Permission, PERMISSIONS, pickLocale } from '@chanjiao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../audit/audit.service.js';
import { DenialRecorder } from '../audit/denials.js';
import { type AuthDeps, resolveSession } from '../auth/auth.service.js';
import { DomainError } from '../errors.js';
import { isAllowed, type RecordScope } from '../rbac/rbac.rules.js';
import type { RoutePolicy } from './context.js';
import { rememberRoute } from './route-registry.js';

export const SESSION_COOKIE = 'cj_session';
export const CSRF_COOKIE = 'cj_csrf';
export const LOCALE_COOKIE = 'cj_lang';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function localeOf(request: FastifyRequest): Locale {
  const chosen = request.cookies?.[LOCALE_COOKIE];
  if (chosen === 'zh-CN' || chosen === 'en-US') return chosen;
  return pickLocale(request.headers['accept-language']) ?? DEFAULT_LOCALE;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export const kernelPlugin = fp(async function kernel(app: FastifyInstance, deps: AuthDeps) {
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('actor', null as unknown as Actor);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.policy) {
      throw new Error(`Route ${route.method} ${route.url} declares no policy (config.policy); every API route must.`);
    }
    for (const method of [route.method].flat()) {
      rememberRoute(app, { method, url: route.url, policy: route.config.policy, hasBody: !!route.schema?.body });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.locale = localeOf(request);
    request.actor = {
      userId: null,
      username: null,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      requestId: request.id,
    };
    const policy = request.routeOptions.config?.policy;
    if (!policy || 'public' in policy) return;

    const bearer = bearerToken(request);
    const token = bearer ?? request.cookies?.[SESSION_COOKIE];
    if (!token) throw new DomainError('UNAUTHENTICATED');
    const lookup = await resolveSession(deps, token);
    if (lookup.status !== 'active') {
      throw new DomainError(lookup.status === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
    request.auth = { ...lookup.auth, via: bearer ? 'bearer' : 'cookie' };
    request.actor = { ...request.actor, userId: lookup.auth.user.id, username: lookup.auth.user.username };
  });

  const denials = new DenialRecorder({ db: deps.db, clock: deps.clock, perMinute: deps.config.audit.deniedPerMinute });
  app.addHook('onClose', async () => denials.close());

  const deny = async (request: FastifyRequest, permission: Permission, record: RecordScope | null): Promise<never> => {
    const outcome = await denials.deny(request.actor, `${request.method} ${request.routeOptions.url}`, { permission, record });
    if (outcome === 'rate_limited') throw new DomainError('TOO_MANY_DENIED_REQUESTS', { limit: deps.config.audit.deniedPerMinute });
    throw new DomainError('FORBIDDEN', { permission: PERMISSIONS[permission].label });
  };

  // A user who holds the permission for no record at all is refused before validation: the answer is
  // then the same 403 whatever they send, and tells them nothing about what the route would accept.
  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config?.policy as RoutePolicy | undefined;
    if (!policy || !('permission' in policy) || !request.auth || request.auth.user.mustChangePassword) return;
    if (!request.auth.grants.some((grant) => grant.permission === policy.permission)) {
      await deny(request, policy.permission, null);
    }
  });

  // preHandler runs after validation, so scope resolvers can read typed params.
  app.addHook('preHandler', async (request) => {
    const policy = request.routeOptions.config?.policy as RoutePolicy | undefined;
    if (!policy || 'public' in policy || !request.auth) return;
    const auth = request.auth;
    if (auth.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== auth.csrfToken) throw new DomainError('CSRF_FAILED');
    }
    const allowBeforeChange = 'authenticated' in policy && policy.allowBeforePasswordChange;
    if (auth.user.mustChangePassword && !allowBeforeChange) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    if (!('permission' in policy)) return;

    const duty = PERMISSIONS[policy.permission].duty;
    const administrative = duty === 'system' || duty === 'security' || duty === 'audit';
    const demoSkip = deps.config.demo && auth.user.isDemo;
    const record = policy.scope ? await policy.scope(request) : undefined;
    if (!isAllowed(auth.grants, policy.permission, record)) await deny(request, policy.permission, record ?? null);
    if (administrative && !auth.user.totpEnabled && !demoSkip) throw new DomainError('TOTP_ENROLMENT_REQUIRED');
  });
});
