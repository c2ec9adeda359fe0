/** Server state of the body register: bodies, their member units (with history) and liaisons. */
import type {
  TBody,
  TBodyInput,
  TBodyMember,
  TBodyMemberInput,
  TBodyMemberPage,
  TBodyMemberRemoval,
  TBodySummary,
  TBodyUpdate,
  TLiaison,
  TLiaisonInput,
  TLiaisonList,
  TLiaisonUpdate,
  TMemberUnit,
} from '@chanjiao/contracts/bodies';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Query } from '../../../app/api';
import type { BodyFilters } from '../body-filters';

export interface BodyPage {
  items: TBodySummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LiaisonContact {
  id: string;
  phone: string | null;
  email: string | null;
}

export const BODY_PAGE_SIZE = 20;
const BODIES = ['bodies'] as const;
/** An organisation's detail page lists its memberships; joining or leaving changes that list too. */
const ORGANIZATIONS = ['organizations'] as const;

export function useBodyList(filters: BodyFilters) {
  return useQuery({
    queryKey: [...BODIES, 'list', filters],
    queryFn: () => api.get<BodyPage>('/api/bodies', { ...filters, pageSize: BODY_PAGE_SIZE } as Query),
    // The current page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useBody(id: string | undefined) {
  return useQuery({
    queryKey: [...BODIES, 'one', id],
    queryFn: () => api.get<TBody>(`/api/bodies/${id}`),
    enabled: !!id,
  });
}

export interface MemberListFilter {
  status: 'current' | 'former';
  page: number;
  pageSize: number;
  q?: string;
}

/** One page of a body's current or former members; the server orders, searches and counts them. */
export function useBodyMembers(bodyId: string, filter: MemberListFilter) {
  return useQuery({
    queryKey: [...BODIES, 'members', bodyId, filter],
    queryFn: () => api.get<TBodyMemberPage>(`/api/bodies/${bodyId}/members`, { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/**
 * Every current member unit, id and name only, for forms that choose one (a liaison's unit, a bulletin's author,
 * an appointment): a short answer even for a body of hundreds of members, shared by every page that asks.
 */
export function useMemberUnits(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...BODIES, 'member-units', bodyId],
    queryFn: () => api.get<TMemberUnit[]>(`/api/bodies/${bodyId}/member-units`),
    enabled: !!bodyId,
  });
}

export function useBodyLiaisons(bodyId: string) {
  return useQuery({
    queryKey: [...BODIES, 'liaisons', bodyId],
    queryFn: () => api.get<TLiaisonList>(`/api/bodies/${bodyId}/liaisons`),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return (...keys: (readonly string[])[]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateBody() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyInput) => api.post<TBody>('/api/bodies', input),
    onSuccess: () => invalidate(BODIES),
  });
}

export function useUpdateBody(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyUpdate) => api.patch<TBody>(`/api/bodies/${id}`, input),
    onSuccess: () => invalidate(BODIES, ORGANIZATIONS),
  });
}

/** Membership changes move the member count, the liaison list (leavers' liaisons stand down) and the org pages. */
export function useAddMember(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyMemberInput) => api.post<TBodyMember>(`/api/bodies/${bodyId}/members`, input),
    onSuccess: () => invalidate(BODIES, ORGANIZATIONS),
  });
}

export function useRemoveMember(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ memberId, ...removal }: TBodyMemberRemoval & { memberId: string }) =>
      api.post<TBodyMember>(`/api/bodies/${bodyId}/members/${memberId}/remove`, removal),
    onSuccess: () => invalidate(BODIES, ORGANIZATIONS),
  });
}

/** Liaisons change the member list's liaison counts as well as the liaison list. */
function useInvalidateRoster(bodyId: string) {
  const invalidate = useInvalidate();
  return () => invalidate([...BODIES, 'liaisons', bodyId], [...BODIES, 'members', bodyId]);
}

export function useCreateLiaison(bodyId: string) {
  const invalidateRoster = useInvalidateRoster(bodyId);
  return useMutation({
    mutationFn: (input: TLiaisonInput) => api.post<TLiaison>(`/api/bodies/${bodyId}/liaisons`, input),
    onSuccess: invalidateRoster,
  });
}

export function useUpdateLiaison(bodyId: string) {
  const invalidateRoster = useInvalidateRoster(bodyId);
  return useMutation({
    mutationFn: ({ liaisonId, ...input }: TLiaisonUpdate & { liaisonId: string }) =>
      api.patch<TLiaison>(`/api/bodies/${bodyId}/liaisons/${liaisonId}`, input),
    onSuccess: invalidateRoster,
  });
}

export function useRemoveLiaison(bodyId: string) {
  const invalidateRoster = useInvalidateRoster(bodyId);
  return useMutation({
    mutationFn: (liaisonId: string) => api.post<{ ok: true }>(`/api/bodies/${bodyId}/liaisons/${liaisonId}/remove`),
    onSuccess: invalidateRoster,
  });
}

/** The full phone and e-mail; the server records the reading in the audit log, so nothing here caches it. */
export function useRevealLiaison(bodyId: string) {
  return useMutation({
    mutationFn: (liaisonId: string) => api.post<LiaisonContact>(`/api/bodies/${bodyId}/liaisons/${liaisonId}/reveal`),
  });
}
