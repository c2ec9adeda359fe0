/** What every request carries once the kernel's hooks have run. */
import type { Locale, Permission } from '@chanjiao/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit.service.js';
import type { Grant, RecordScope } from '../rbac/rbac.rules.js';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  isDemo: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  preferredLocale: string;
}

export interface AuthContext {
  user: AuthUser;
  sessionId: string;
  csrfToken: string;
  grants: Grant[];
  /** How the request proved who it is; CSRF applies only to cookies. */
  via: 'cookie' | 'bearer';
}

/**
 * Every API route declares one of these in `config.policy`; a route without one is refused at start-up.
 * `scope` finds the organisation/body the record belongs to, for record-level checks.
 */
export type RoutePolicy =
  | { public: true }
  | { authenticated: true; allowBeforePasswordChange?: boolean }
  | {
      permission: Permission;
      /**
       * The organisation/body the record belongs to. `undefined` for a record that belongs to no single one of
       * them (e.g. an expert of the shared pool): then any holder of the permission may act on it.
       */
      scope?: (request: FastifyRequest) => RecordScope | undefined | Promise<RecordScope | undefined>;
    };

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    locale: Locale;
    actor: Actor;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new Error('route reached without authentication; its policy is wrong');
  return request.auth;
}
