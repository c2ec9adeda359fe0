/**
 * Organisations or bodies matching what the administrator types, for the scope of a role. The directory
 * searches (GET /api/organizations, /api/bodies) do the matching, so thousands of records stay on the server.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { client, unwrap } from '../../../app/api';

export type ScopeKind = 'org' | 'body';

export interface ScopeOption {
  value: string;
  label: string;
}

const OPTIONS_SHOWN = 20;
/** Long enough that typing a Chinese name does not send a request per character. */
const TYPING_PAUSE_MS = 300;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

export function useScopeOptions(kind: ScopeKind, typed: string) {
  const q = useSettled(typed.trim());
  return useQuery({
    queryKey: ['scope-options', kind, q],
    queryFn: async () => {
      const query = { q, pageSize: OPTIONS_SHOWN };
      const page =
        kind === 'org'
          ? await unwrap(client.GET('/api/organizations', { params: { query } }))
          : await unwrap(client.GET('/api/bodies', { params: { query } }));
      return page.items.map((item): ScopeOption => ({ value: item.id, label: item.name }));
    },
    placeholderData: keepPreviousData,
  });
}
