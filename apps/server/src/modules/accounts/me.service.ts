import { ADMIN_ROLES, type Role, type TMe } from '@chanjiao/contracts';
import type { AppDeps } from '../../kernel/deps.js';
import type { AuthContext } from '../../kernel/http/context.js';
import { scopeNames } from './scope-names.js';

export async function describeMe(deps: AppDeps, auth: AuthContext): Promise<TMe> {
  const roles = uniqueRoles(auth);
  const names = await scopeNames(
    deps.database.db,
    roles.map((role) => role.scopeId).filter((id): id is string => !!id),
  );
  const holdsAdminRole = roles.some((role) => ADMIN_ROLES.includes(role.role as Role));
  return {
    user: auth.user,
    roles: roles.map((role) => ({ ...role, scopeName: role.scopeId ? (names.get(role.scopeId) ?? null) : null })),
    permissions: [...new Set(auth.grants.map((grant) => grant.permission))].sort(),
    totpEnrolmentRequired: holdsAdminRole && !auth.user.totpEnabled,
    demoMode: deps.config.demo,
    csrfToken: auth.csrfToken,
  };
}

function uniqueRoles(auth: AuthContext) {
  const seen = new Map<string, { role: string; scopeType: 'system' | 'org' | 'body'; scopeId: string | null }>();
  for (const grant of auth.grants) {
    seen.set(`${grant.role}:${grant.scopeId ?? ''}`, { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId });
  }
  return [...seen.values()];
}
