/** Server state of the lists (清单): the enterprise list, the job list, the entries, the student figures, the public view. */
import type {
  TEnterpriseApplication,
  TEnterpriseDecisionInput,
  TEnterpriseExitRequest,
  TInnovationIssueInput,
  TListItemInput,
  TListStatusInput,
  TStudentAggregateInput,
  TTalentJobInput,
  TTalentJobUpdate,
  ListItemKind,
  TalentListName,
} from '@chanjiao/contracts/talent/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, multipart, unwrap } from '../../../app/api';

const LISTS = ['talent', 'lists'] as const;

export function useEnterpriseList(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...LISTS, 'enterprises', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/enterprises', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useJobList(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...LISTS, 'jobs', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/jobs', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useListItems(bodyId: string | undefined, kind: ListItemKind) {
  return useQuery({
    queryKey: [...LISTS, 'items', bodyId, kind],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/talent/items', { params: { path: { id: bodyId }, query: { kind } } }))
      : skipToken,
  });
}

export function useInnovationIssues(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...LISTS, 'issues', bodyId],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/talent/innovation-issues', { params: { path: { id: bodyId } } }))
      : skipToken,
  });
}

export function useStudentFigures(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...LISTS, 'students', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/students', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function usePublicLists(bodyId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'talent-lists', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/public/bodies/{id}/talent/lists', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

/** A change to one list may show in the others (an admitted enterprise lists jobs), so all of them refresh. */
function useListMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: LISTS }) });
}

export function useEnterpriseListActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    apply: useListMutation((input: TEnterpriseApplication) =>
      unwrap(client.POST('/api/bodies/{id}/talent/enterprises', { params: { path }, body: input })),
    ),
    requestExit: useListMutation(({ entryId, ...input }: TEnterpriseExitRequest & { entryId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/enterprises/{entryId}/exit-request', { params: { path: { ...path, entryId } }, body: input }),
      ),
    ),
    decide: useListMutation(({ entryId, ...input }: TEnterpriseDecisionInput & { entryId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/enterprises/{entryId}/decision', { params: { path: { ...path, entryId } }, body: input }),
      ),
    ),
  };
}

export function useJobActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    create: useListMutation((input: TTalentJobInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/jobs', { params: { path }, body: input })),
    ),
    adjust: useListMutation(({ jobId, ...input }: TTalentJobUpdate & { jobId: string }) =>
      unwrap(client.PUT('/api/bodies/{id}/talent/jobs/{jobId}', { params: { path: { ...path, jobId } }, body: input })),
    ),
    status: useListMutation(({ jobId, ...input }: TListStatusInput & { jobId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/talent/jobs/{jobId}/status', { params: { path: { ...path, jobId } }, body: input })),
    ),
  };
}

export function useItemActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    create: useListMutation((input: TListItemInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/items', { params: { path }, body: input })),
    ),
    submit: useListMutation((input: TListItemInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/innovation-demands', { params: { path }, body: input })),
    ),
    status: useListMutation(({ itemId, ...input }: TListStatusInput & { itemId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/talent/items/{itemId}/status', { params: { path: { ...path, itemId } }, body: input })),
    ),
    issue: useListMutation((input: TInnovationIssueInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/innovation-issues', { params: { path }, body: input })),
    ),
  };
}

export function useStudentActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    create: useListMutation((input: TStudentAggregateInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/students', { params: { path }, body: input })),
    ),
    status: useListMutation(({ aggregateId, ...input }: TListStatusInput & { aggregateId: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/talent/students/{aggregateId}/status', { params: { path: { ...path, aggregateId } }, body: input }),
      ),
    ),
  };
}

/** Imports one list from its template; the secretariat's. */
export function useListImport(bodyId: string, list: TalentListName) {
  return useListMutation((form: FormData) =>
    unwrap(client.POST('/api/bodies/{id}/talent/lists/{list}/import', { params: { path: { id: bodyId, list } }, ...multipart(form) })),
  );
}
