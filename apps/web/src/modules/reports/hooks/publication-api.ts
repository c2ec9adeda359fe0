/** Server state of the publication of reports, and the public columns and pages (read without signing in). */
import type { TPublicationInput } from '@chanjiao/contracts/reports/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

/** Whose publication: a unit's report, or the authority's own report of a cycle. */
export type PublicationSubject = { reportId: string } | { cycleId: string };

const keyOf = (subject: PublicationSubject) => ['reports', 'publication', subject];

export function usePublicationState(subject: PublicationSubject, enabled = true) {
  return useQuery({
    queryKey: keyOf(subject),
    queryFn: !enabled
      ? skipToken
      : 'reportId' in subject
        ? () => unwrap(client.GET('/api/reports/{id}/publication', { params: { path: { id: subject.reportId } } }))
        : () => unwrap(client.GET('/api/reports/cycles/{id}/publication', { params: { path: { id: subject.cycleId } } })),
  });
}

export function usePublicationActions(subject: PublicationSubject) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['reports'] });
  return {
    publish: useMutation({
      mutationFn: (body: TPublicationInput) =>
        'reportId' in subject
          ? unwrap(client.POST('/api/reports/{id}/publication', { params: { path: { id: subject.reportId } }, body }))
          : unwrap(client.POST('/api/reports/cycles/{id}/publication', { params: { path: { id: subject.cycleId } }, body })),
      onSuccess: done,
    }),
    withdraw: useMutation({
      mutationFn: (reason: string) =>
        'reportId' in subject
          ? unwrap(client.POST('/api/reports/{id}/publication/withdraw', { params: { path: { id: subject.reportId } }, body: { reason } }))
          : unwrap(
              client.POST('/api/reports/cycles/{id}/publication/withdraw', { params: { path: { id: subject.cycleId } }, body: { reason } }),
            ),
      onSuccess: done,
    }),
  };
}

export function usePublicColumns() {
  return useQuery({ queryKey: ['public', 'report-columns'], queryFn: () => unwrap(client.GET('/api/public/reports/columns')) });
}

export function usePublicColumn(orgId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'report-column', orgId],
    queryFn: orgId ? () => unwrap(client.GET('/api/public/reports/columns/{id}', { params: { path: { id: orgId } } })) : skipToken,
  });
}

export function usePublicReport(subject: PublicationSubject) {
  return useQuery({
    queryKey: ['public', 'report', subject],
    queryFn:
      'reportId' in subject
        ? () => unwrap(client.GET('/api/public/reports/{id}', { params: { path: { id: subject.reportId } } }))
        : () => unwrap(client.GET('/api/public/reports/cycles/{id}', { params: { path: { id: subject.cycleId } } })),
  });
}
