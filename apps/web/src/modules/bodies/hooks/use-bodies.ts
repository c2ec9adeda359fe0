/** Server state of the body register: bodies, their member units (with history) and liaisons. */
import type {
  TBodyInput,
  TBodyMemberInput,
  TBodyMemberRemoval,
  TBodyUpdate,
  TLiaisonInput,
  TLiaisonUpdate,
} from '@chanjiao/contracts/bodies';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';
import type { BodyFilters } from '../body-filters';

export const BODY_PAGE_SIZE = 20;
const BODIES = ['bodies'] as const;
/** An organisation's detail page lists its memberships; joining or leaving changes that list too. */
const ORGANIZATIONS = ['organizations'] as const;

export function useBodyList(filters: BodyFilters) {
  return useQuery({
    queryKey: [...BODIES, 'list', filters],
    queryFn: () => unwrap(client.GET('/api/bodies', { params: { query: { ...filters, pageSize: BODY_PAGE_SIZE } } })),
    // The current page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useBody(id: string | undefined) {
  return useQuery({
    queryKey: [...BODIES, 'one', id],
    queryFn: id ? () => unwrap(client.GET('/api/bodies/{id}', { params: { path: { id } } })) : skipToken,
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
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/members', { params: { path: { id: bodyId }, query: { ...filter } } })),
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
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/member-units', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useBodyLiaisons(bodyId: string) {
  return useQuery({
    queryKey: [...BODIES, 'liaisons', bodyId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/liaisons', { params: { path: { id: bodyId } } })),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return (...keys: (readonly string[])[]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useCreateBody() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyInput) => unwrap(client.POST('/api/bodies', { body: input })),
    onSuccess: () => invalidate(BODIES),
  });
}

export function useUpdateBody(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyUpdate) => unwrap(client.PATCH('/api/bodies/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => invalidate(BODIES, ORGANIZATIONS),
  });
}

/** Membership changes move the member count, the liaison list (leavers' liaisons stand down) and the org pages. */
export function useAddMember(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TBodyMemberInput) =>
      unwrap(client.POST('/api/bodies/{id}/members', { params: { path: { id: bodyId } }, body: input })),
    onSuccess: () => invalidate(BODIES, ORGANIZATIONS),
  });
}

export function useRemoveMember(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ memberId, ...removal }: TBodyMemberRemoval & { memberId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/members/{memberId}/remove', { params: { path: { id: bodyId, memberId } }, body: removal })),
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
    mutationFn: (input: TLiaisonInput) =>
      unwrap(client.POST('/api/bodies/{id}/liaisons', { params: { path: { id: bodyId } }, body: input })),
    onSuccess: invalidateRoster,
  });
}

export function useUpdateLiaison(bodyId: string) {
  const invalidateRoster = useInvalidateRoster(bodyId);
  return useMutation({
    mutationFn: ({ liaisonId, ...input }: TLiaisonUpdate & { liaisonId: string }) =>
      unwrap(client.PATCH('/api/bodies/{id}/liaisons/{liaisonId}', { params: { path: { id: bodyId, liaisonId } }, body: input })),
    onSuccess: invalidateRoster,
  });
}

export function useRemoveLiaison(bodyId: string) {
  const invalidateRoster = useInvalidateRoster(bodyId);
  return useMutation({
    mutationFn: (liaisonId: string) =>
      unwrap(client.POST('/api/bodies/{id}/liaisons/{liaisonId}/remove', { params: { path: { id: bodyId, liaisonId } } })),
    onSuccess: invalidateRoster,
  });
}

/** The full phone and e-mail; the server records the reading in the audit log, so nothing here caches it. */
export function useRevealLiaison(bodyId: string) {
  return useMutation({
    mutationFn: (liaisonId: string) =>
      unwrap(client.POST('/api/bodies/{id}/liaisons/{liaisonId}/reveal', { params: { path: { id: bodyId, liaisonId } } })),
  });
}
