/**
 * The member units the user may act for in a body: all current members for its secretariat, otherwise the
 * members for which the user holds one of the given organisation roles.
 */
import type { Role } from '@chanjiao/contracts/permissions';
import { useMemo } from 'react';
import { useSession } from '../../../app/auth';
import { useMemberUnits } from '../../bodies';

export function useActingUnits(bodyId: string, roles: readonly Role[]) {
  const me = useSession();
  const units = useMemberUnits(bodyId);
  const secretariat = me.roles.some((grant) => grant.role === 'body_secretariat' && grant.scopeId === bodyId);
  const current = useMemo(() => units.data ?? [], [units.data]);
  const own = useMemo(() => {
    if (secretariat) return current;
    const held = new Set(me.roles.filter((grant) => roles.some((role) => role === grant.role)).map((grant) => grant.scopeId));
    return current.filter((org) => held.has(org.id));
  }, [current, me.roles, roles, secretariat]);
  return { members: current, own, secretariat };
}
