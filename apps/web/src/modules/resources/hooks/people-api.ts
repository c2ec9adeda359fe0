/** The personal-data rights of the resources module's students and teachers: lists, a person, reveal, erase, export. */
import type { PersonKind, TErasureInput, TPersonExportQuery, TRevealInput } from '@chanjiao/contracts/resources/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, unwrap } from '../../../app/api';

const PEOPLE = ['resources', 'people'] as const;

export function usePeople(bodyId: string | undefined, q: string) {
  return useQuery({
    queryKey: [...PEOPLE, bodyId, q],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/resources/people', { params: { path: { id: bodyId }, query: q ? { q } : {} } }))
      : skipToken,
  });
}

export function usePerson(bodyId: string | undefined, kind: PersonKind, personId: string) {
  return useQuery({
    queryKey: [...PEOPLE, bodyId, kind, personId],
    queryFn: bodyId
      ? () =>
          unwrap(client.GET('/api/bodies/{id}/resources/people/{kind}/{personId}', { params: { path: { id: bodyId, kind, personId } } }))
      : skipToken,
  });
}

/** A reveal changes nothing stored: its answer lives only in the page, never in the query cache. */
export function useRevealPerson(bodyId: string, kind: PersonKind, personId: string) {
  return useMutation({
    mutationFn: (body: TRevealInput) =>
      unwrap(
        client.POST('/api/bodies/{id}/resources/people/{kind}/{personId}/reveal', {
          params: { path: { id: bodyId, kind, personId } },
          body,
        }),
      ),
  });
}

export function useErasePerson(bodyId: string, kind: PersonKind, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TErasureInput) =>
      unwrap(
        client.POST('/api/bodies/{id}/resources/people/{kind}/{personId}/erase', {
          params: { path: { id: bodyId, kind, personId } },
          body,
        }),
      ),
    // The courses, records and agreements show the pseudonym from now on.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['resources'] }),
  });
}

export function downloadPersonData(bodyId: string, kind: PersonKind, personId: string, query: TPersonExportQuery) {
  return downloadFile(`/api/bodies/${bodyId}/resources/people/${kind}/${personId}/export`, query, `个人数据.${query.format}`);
}
