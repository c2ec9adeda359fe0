/** Server state of the supply–demand reports: the body's reports, one report, its changes, and the public list. */
import type {
  TTalentReportInput,
  TTalentReportPublishInput,
  TTalentReportSectionsInput,
  TTalentReportWithdrawInput,
} from '@chanjiao/contracts/talent/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const REPORTS = ['talent', 'reports'] as const;

export function useTalentReports(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/reports', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useTalentReport(bodyId: string, reportId: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, bodyId, reportId],
    queryFn: reportId
      ? () => unwrap(client.GET('/api/bodies/{id}/talent/reports/{reportId}', { params: { path: { id: bodyId, reportId } } }))
      : skipToken,
  });
}

export function usePublicTalentReports(bodyId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'talent-reports', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/public/bodies/{id}/talent/reports', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

function useReportMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS }) });
}

export function useTalentReportActions(bodyId: string) {
  const at = (reportId: string) => ({ id: bodyId, reportId });
  return {
    create: useReportMutation((input: TTalentReportInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/reports', { params: { path: { id: bodyId } }, body: input })),
    ),
    sections: useReportMutation(({ reportId, ...input }: TTalentReportSectionsInput & { reportId: string }) =>
      unwrap(client.PUT('/api/bodies/{id}/talent/reports/{reportId}/sections', { params: { path: at(reportId) }, body: input })),
    ),
    publish: useReportMutation(({ reportId, ...input }: TTalentReportPublishInput & { reportId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/talent/reports/{reportId}/publish', { params: { path: at(reportId) }, body: input })),
    ),
    withdraw: useReportMutation(({ reportId, ...input }: TTalentReportWithdrawInput & { reportId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/talent/reports/{reportId}/withdraw', { params: { path: at(reportId) }, body: input })),
    ),
    remove: useReportMutation(({ reportId, ...input }: TTalentReportPublishInput & { reportId: string }) =>
      unwrap(client.DELETE('/api/bodies/{id}/talent/reports/{reportId}', { params: { path: at(reportId) }, body: input })),
    ),
  };
}
