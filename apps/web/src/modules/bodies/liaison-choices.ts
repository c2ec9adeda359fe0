/**
 * Which member units the user may name liaisons for. The server decides (and refuses anything else); this only
 * keeps the form from offering units that would certainly be refused. A role held for the whole platform or
 * for this body may cover every member; roles held for organisations cover only those organisations, because
 * an organisation's grant reaches its own records and nothing else.
 */
import type { TMe } from '@chanjiao/contracts/auth';

export interface MemberUnit {
  orgId: string;
  orgName: string;
}

export function liaisonOrgChoices<T extends MemberUnit>(members: readonly T[], roles: TMe['roles'], bodyId: string): T[] {
  const coversBody = roles.some((role) => role.scopeType === 'system' || (role.scopeType === 'body' && role.scopeId === bodyId));
  if (coversBody) return [...members];
  const ownOrgs = new Set(roles.filter((role) => role.scopeType === 'org').map((role) => role.scopeId));
  return members.filter((member) => ownOrgs.has(member.orgId));
}
