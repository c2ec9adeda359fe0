/**
 * Which body a governance page shows: `?body=` in the address (so a link or reload keeps it), else the body
 * the user serves as secretariat, else the first alliance listed.
 */
import type { TBodySummary } from '@chanjiao/contracts/bodies';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useSession } from '../../../app/auth';

export function useBodyOptions() {
  return useQuery({
    queryKey: ['governance', 'body-options'],
    queryFn: () => unwrap(client.GET('/api/bodies', { params: { query: { pageSize: 200 } } })),
    staleTime: 5 * 60_000,
  });
}

export function useBodyChoice(): { bodyId: string | undefined; setBodyId: (id: string) => void; options: TBodySummary[] } {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const bodies = useBodyOptions();
  const options = bodies.data?.items ?? [];
  const chosen = params.get('body');
  const served = me.roles.find((grant) => grant.scopeType === 'body' && grant.scopeId)?.scopeId ?? undefined;
  const fallback = served ?? options.find((body) => body.kind === 'alliance')?.id ?? options[0]?.id;
  const setBodyId = useCallback(
    (id: string) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set('body', id);
        return next;
      }),
    [setParams],
  );
  return { bodyId: chosen ?? fallback, setBodyId, options };
}
