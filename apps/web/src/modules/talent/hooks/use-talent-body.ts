/**
 * The body a talent page is about (talent-body-choice.ts), kept in `?body=` of the address: the default is written
 * there too, replacing the history entry, so that the address of any talent page can be shared as it is.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';
import { chooseTalentBody } from '../talent-body-choice';

const scopeIds = (roles: { scopeType: string; scopeId: string | null }[], scopeType: 'org' | 'body') => [
  ...new Set(roles.filter((grant) => grant.scopeType === scopeType && grant.scopeId).map((grant) => grant.scopeId!)),
];

export function useTalentBody() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const orgIds = useMemo(() => scopeIds(me.roles, 'org'), [me.roles]);
  const servedBodyIds = useMemo(() => scopeIds(me.roles, 'body'), [me.roles]);
  const bodies = useQuery({
    queryKey: ['talent', 'body-options'],
    queryFn: () => unwrap(client.GET('/api/bodies', { params: { query: { pageSize: 200 } } })),
    staleTime: 5 * 60_000,
  });
  const memberships = useQueries({
    queries: orgIds.map((id) => ({
      queryKey: ['talent', 'memberships', id],
      queryFn: () => unwrap(client.GET('/api/organizations/{id}/memberships', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const loading = bodies.isPending || memberships.some((query) => query.isPending);
  const memberOfBodyIds = memberships.flatMap((query) => (query.data ?? []).filter((m) => !m.leftOn).map((m) => m.bodyId));
  const chosen = params.get('body');
  const choice = chooseTalentBody({ chosen, servedBodyIds, orgIds, memberOfBodyIds, bodies: bodies.data?.items ?? [] });
  const bodyId = chosen ?? (loading ? undefined : choice.bodyId);

  const setBodyId = useCallback(
    (id: string, replace = false) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('body', id);
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  useEffect(() => {
    if (!chosen && bodyId) setBodyId(bodyId, true);
  }, [chosen, bodyId, setBodyId]);

  return { bodyId, setBodyId, pickerOptions: choice.pickerOptions, own: choice.own, loading };
}
