/**
 * The body a resources page is about: `?body=` in the address, else the body the user is secretariat of, else the
 * first body the user's organisation currently belongs to.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';

export function useResourcesBody() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const orgId = me.roles.find((grant) => grant.scopeType === 'org' && grant.scopeId)?.scopeId ?? undefined;
  const secretariatOf = me.roles.find((grant) => grant.scopeType === 'body' && grant.scopeId)?.scopeId ?? undefined;
  const options = useQuery({
    queryKey: ['resources', 'bodies'],
    queryFn: () => unwrap(client.GET('/api/bodies', { params: { query: { pageSize: 200 } } })),
    staleTime: 5 * 60_000,
  });
  const joined = useQuery({
    queryKey: ['resources', 'memberships', orgId],
    queryFn: () => unwrap(client.GET('/api/organizations/{id}/memberships', { params: { path: { id: orgId! } } })),
    enabled: !!orgId && !secretariatOf,
    staleTime: 5 * 60_000,
  });
  const current = joined.data?.filter((m) => !m.leftOn).map((m) => m.bodyId) ?? [];
  const bodies = (options.data?.items ?? []).filter((body) => body.id === secretariatOf || current.includes(body.id));
  const chosen = params.get('body') ?? secretariatOf ?? current[0];
  const choose = useCallback(
    (id: string) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set('body', id);
        return next;
      }),
    [setParams],
  );
  const waiting = options.isPending || (joined.isPending && joined.fetchStatus !== 'idle');
  return { bodyId: waiting && !params.get('body') ? undefined : chosen, choose, bodies, waiting };
}
