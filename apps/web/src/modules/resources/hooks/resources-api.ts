/** Server state of resource sharing: access, survey rounds and answers, the resource database search and who can train for a major. */
import type {
  TCapabilityQuery,
  TResourceSearchQuery,
  TResponseAction,
  TResponseReopen,
  TResponseSave,
  TRoundInput,
} from '@chanjiao/contracts/resources/index';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const RESOURCES = ['resources'] as const;

export function useResourcesAccess(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...RESOURCES, 'access', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/resources/access', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useRounds(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...RESOURCES, 'rounds', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/resources/rounds', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useRoundProgress(bodyId: string | undefined, roundId: string | undefined) {
  return useQuery({
    queryKey: [...RESOURCES, 'progress', bodyId, roundId],
    queryFn:
      bodyId && roundId
        ? () => unwrap(client.GET('/api/bodies/{id}/resources/rounds/{roundId}/progress', { params: { path: { id: bodyId, roundId } } }))
        : skipToken,
  });
}

export function useSurveyResponse(bodyId: string | undefined, roundId: string, orgId: string) {
  return useQuery({
    queryKey: [...RESOURCES, 'response', bodyId, roundId, orgId],
    queryFn: bodyId
      ? () =>
          unwrap(
            client.GET('/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}', {
              params: { path: { id: bodyId, roundId, orgId } },
            }),
          )
      : skipToken,
  });
}

export function useResourceSearch(bodyId: string | undefined, query: Partial<TResourceSearchQuery>) {
  return useQuery({
    queryKey: [...RESOURCES, 'search', bodyId, query],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/search', { params: { path: { id: bodyId }, query } }))
      : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** Members ranked for a major, a class or words; nothing is asked until one of them is given. */
export function useWhoCanTrain(bodyId: string | undefined, query: Partial<TCapabilityQuery> | null) {
  return useQuery({
    queryKey: [...RESOURCES, 'who-can-train', bodyId, query],
    queryFn:
      bodyId && query
        ? () => unwrap(client.GET('/api/bodies/{id}/resources/who-can-train', { params: { path: { id: bodyId }, query } }))
        : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** A change to answers changes the progress, the rounds' counts and (on acceptance) the database. */
function useResourcesMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: RESOURCES }) });
}

export function useRoundActions(bodyId: string) {
  return {
    open: useResourcesMutation((input: TRoundInput) =>
      unwrap(client.POST('/api/bodies/{id}/resources/rounds', { params: { path: { id: bodyId } }, body: input })),
    ),
  };
}

export function useResponseActions(bodyId: string, roundId: string, orgId: string) {
  const path = { id: bodyId, roundId, orgId };
  return {
    save: useResourcesMutation((input: TResponseSave) =>
      unwrap(client.PUT('/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}', { params: { path }, body: input })),
    ),
    submit: useResourcesMutation((input: TResponseAction) =>
      unwrap(client.POST('/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/submit', { params: { path }, body: input })),
    ),
    accept: useResourcesMutation((input: TResponseAction) =>
      unwrap(client.POST('/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/accept', { params: { path }, body: input })),
    ),
    reopen: useResourcesMutation((input: TResponseReopen) =>
      unwrap(client.POST('/api/bodies/{id}/resources/rounds/{roundId}/responses/{orgId}/reopen', { params: { path }, body: input })),
    ),
  };
}

/** Every major of the 2021 catalogue (about 1,350), loaded once and filtered in the browser. */
export function useCatalogueMajors() {
  return useQuery({
    queryKey: ['reference', 'majors', 'all'],
    queryFn: () => unwrap(client.GET('/api/reference/majors', { params: { query: { limit: 2000 } } })),
    staleTime: Infinity,
  });
}
