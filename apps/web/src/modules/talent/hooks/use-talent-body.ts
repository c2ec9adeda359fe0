/**
 * Which body a talent page shows: `?body=` in the address, else the body the user serves as secretariat, else the
 * first body the user's organisation currently belongs to, else the first consortium listed.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';

export function useTalentBody() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const ownOrg = me.roles.find((grant) => grant.scopeType === 'org' && grant.scopeId)?.scopeId ?? undefined;
  const served = me.roles.find((grant) => grant.scopeType === 'body' && grant.scopeId)?.scopeId ?? undefined;
  const bodies = useQuery({
    queryKey: ['talent', 'body-options'],
    queryFn: () => unwrap(client.GET('/api/bodies', { params: { query: { pageSize: 200 } } })),
    staleTime: 5 * 60_000,
  });
  const memberships = useQuery({
    queryKey: ['talent', 'memberships', ownOrg],
    queryFn: () => unwrap(client.GET('/api/organizations/{id}/memberships', { params: { path: { id: ownOrg! } } })),
    enabled: !!ownOrg && !served,
    staleTime: 5 * 60_000,
  });
  const options = bodies.data?.items ?? [];
  const joined = memberships.data?.find((m) => !m.leftOn)?.bodyId;
  const fallback = served ?? joined ?? options.find((body) => body.kind === 'consortium')?.id ?? options[0]?.id;
  const setBodyId = useCallback(
    (id: string) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set('body', id);
        return next;
      }),
    [setParams],
  );
  const loading = bodies.isPending || (memberships.isPending && memberships.fetchStatus !== 'idle');
  return { bodyId: params.get('body') ?? (loading ? undefined : fallback), setBodyId, options, loading };
}
