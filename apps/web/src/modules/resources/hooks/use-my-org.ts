import { useSession } from '../../../app/auth';

/** The organisation the user acts for (the first org-scoped grant), as host or home school. */
export function useMyOrgId(): string | undefined {
  const me = useSession();
  return me.roles.find((grant) => grant.scopeType === 'org' && grant.scopeId)?.scopeId ?? undefined;
}
