/** What a dashboard provider receives and returns; providers are listed in providers.ts. */
import type { Bilingual, DashboardSeverity, Role } from '@chanjiao/contracts';
import type { AppConfig } from '../../kernel/config.js';
import type { Database } from '../../kernel/db/database.js';
import type { AuthContext } from '../../kernel/http/context.js';

export interface DashboardContext {
  db: Database;
  config: AppConfig;
  auth: AuthContext;
  now: Date;
  /**
   * The name of a body or organisation the user's roles point at ('' if unknown). Several providers name the same
   * body, so the names of every scope are read once per request, by whichever provider asks first.
   */
  scopeName(id: string): Promise<string>;
}

/** An item before it is put into the request's language. */
export interface DashboardEntry {
  key: string;
  severity: DashboardSeverity;
  title: Bilingual;
  count: number;
  description: Bilingual;
  link: string;
}

/** Returns the items for the roles the user holds, or none; it must not throw for users it does not serve. */
export type DashboardProvider = (ctx: DashboardContext) => Promise<DashboardEntry[]>;

export function holdsRole(ctx: DashboardContext, role: Role): boolean {
  return ctx.auth.grants.some((grant) => grant.role === role);
}

/** The organisations or bodies for which the user holds the role. */
export function scopeIdsOfRoles(ctx: DashboardContext, roles: Role[]): string[] {
  const ids = ctx.auth.grants.filter((grant) => roles.includes(grant.role) && grant.scopeId).map((grant) => grant.scopeId!);
  return [...new Set(ids)];
}
