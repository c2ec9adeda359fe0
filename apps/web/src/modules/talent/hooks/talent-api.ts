/** Server state of the talent exchange: access, demand, supply, gaps, matches and shortage catalogues. */
import type {
  TDemandInput,
  TDemandUpdate,
  TGapQuery,
  TShortageDraftInput,
  TShortageEntryInput,
  TShortageEntryRemoval,
  TShortageRebuildInput,
  TShortageStatusInput,
  TSupplyInput,
  TSupplyUpdate,
} from '@chanjiao/contracts/talent/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const TALENT = ['talent'] as const;

export function useTalentAccess(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'access', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/access', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useDemands(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'demands', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/demands', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useSupplies(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'supplies', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/supplies', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useGaps(bodyId: string | undefined, query: Partial<TGapQuery>) {
  return useQuery({
    queryKey: [...TALENT, 'gaps', bodyId, query],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/gaps', { params: { path: { id: bodyId }, query } })) : skipToken,
  });
}

export function useMatches(bodyId: string | undefined, demandId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'matches', bodyId, demandId],
    queryFn:
      bodyId && demandId
        ? () => unwrap(client.GET('/api/bodies/{id}/talent/demands/{demandId}/matches', { params: { path: { id: bodyId, demandId } } }))
        : skipToken,
  });
}

/** The demands one school's graduates answer, each with its reasons. */
export function useSchoolDemandMatches(bodyId: string | undefined, schoolId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'matches', bodyId, 'school', schoolId],
    queryFn:
      bodyId && schoolId
        ? () =>
            unwrap(client.GET('/api/bodies/{id}/talent/schools/{schoolId}/demand-matches', { params: { path: { id: bodyId, schoolId } } }))
        : skipToken,
  });
}

/** The schools that suit one internship or apprenticeship offer, each with its reasons. */
export function usePlacementSchoolMatches(bodyId: string | undefined, offerId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'matches', bodyId, 'placement', offerId],
    queryFn:
      bodyId && offerId
        ? () =>
            unwrap(client.GET('/api/bodies/{id}/talent/placements/{offerId}/school-matches', { params: { path: { id: bodyId, offerId } } }))
        : skipToken,
  });
}

export function useCatalogues(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'catalogues', bodyId],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/talent/shortage-catalogues', { params: { path: { id: bodyId } } }))
      : skipToken,
  });
}

export function useCatalogue(bodyId: string, catalogueId: string | undefined) {
  return useQuery({
    queryKey: [...TALENT, 'catalogues', bodyId, catalogueId],
    queryFn: catalogueId
      ? () =>
          unwrap(client.GET('/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}', { params: { path: { id: bodyId, catalogueId } } }))
      : skipToken,
  });
}

/** Every change refreshes the whole exchange: a demand changes the gaps, the matches and the drafts' figures. */
function useTalentMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: TALENT }) });
}

export function useDemandActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    create: useTalentMutation((input: TDemandInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/demands', { params: { path }, body: input })),
    ),
    update: useTalentMutation(({ id, ...input }: TDemandUpdate & { id: string }) =>
      unwrap(client.PUT('/api/bodies/{id}/talent/demands/{demandId}', { params: { path: { ...path, demandId: id } }, body: input })),
    ),
    remove: useTalentMutation((demandId: string) =>
      unwrap(client.DELETE('/api/bodies/{id}/talent/demands/{demandId}', { params: { path: { ...path, demandId } } })),
    ),
  };
}

export function useSupplyActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    create: useTalentMutation((input: TSupplyInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/supplies', { params: { path }, body: input })),
    ),
    update: useTalentMutation(({ id, ...input }: TSupplyUpdate & { id: string }) =>
      unwrap(client.PUT('/api/bodies/{id}/talent/supplies/{supplyId}', { params: { path: { ...path, supplyId: id } }, body: input })),
    ),
    remove: useTalentMutation((supplyId: string) =>
      unwrap(client.DELETE('/api/bodies/{id}/talent/supplies/{supplyId}', { params: { path: { ...path, supplyId } } })),
    ),
  };
}

export function useCatalogueActions(bodyId: string) {
  const path = { id: bodyId };
  const at = (catalogueId: string) => ({ ...path, catalogueId });
  return {
    build: useTalentMutation((input: TShortageDraftInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/shortage-catalogues', { params: { path }, body: input })),
    ),
    rebuild: useTalentMutation(({ catalogueId, ...input }: TShortageRebuildInput & { catalogueId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/rebuild', {
          params: { path: at(catalogueId) },
          body: input,
        }),
      ),
    ),
    add: useTalentMutation(({ catalogueId, ...input }: TShortageEntryInput & { catalogueId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/entries', {
          params: { path: at(catalogueId) },
          body: input,
        }),
      ),
    ),
    remove: useTalentMutation(({ catalogueId, entryId, ...input }: TShortageEntryRemoval & { catalogueId: string; entryId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/entries/{entryId}/remove', {
          params: { path: { ...at(catalogueId), entryId } },
          body: input,
        }),
      ),
    ),
    status: useTalentMutation(({ catalogueId, ...input }: TShortageStatusInput & { catalogueId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/shortage-catalogues/{catalogueId}/status', { params: { path: at(catalogueId) }, body: input }),
      ),
    ),
  };
}

/** The catalogue's majors of one level (at most a few hundred), loaded once and filtered in the browser. */
export function useMajorOptions(level: '中职' | '高职专科' | '职业本科' | undefined) {
  return useQuery({
    queryKey: ['reference', 'majors', level],
    queryFn: () => unwrap(client.GET('/api/reference/majors', { params: { query: { level, limit: 2000 } } })),
    staleTime: Infinity,
  });
}
