/** Server state of the compliance evaluation: the authority's overview of a cycle, and the expert's sheets. */
import type { TComplianceAssignInput, TComplianceSendBack, TComplianceSheetSave } from '@chanjiao/contracts/reports/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const REPORTS = ['reports'] as const;

export function useComplianceOverview(cycleId: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, 'compliance', cycleId],
    queryFn: cycleId ? () => unwrap(client.GET('/api/reports/cycles/{id}/compliance', { params: { path: { id: cycleId } } })) : skipToken,
  });
}

export function useComplianceActions(cycleId: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REPORTS });
  return {
    assign: useMutation({
      mutationFn: (body: TComplianceAssignInput) =>
        unwrap(client.POST('/api/reports/cycles/{id}/compliance/assignments', { params: { path: { id: cycleId } }, body })),
      onSuccess: done,
    }),
    unassign: useMutation({
      mutationFn: (id: string) => unwrap(client.DELETE('/api/reports/compliance/evaluations/{id}', { params: { path: { id } } })),
      onSuccess: done,
    }),
    sendBack: useMutation({
      mutationFn: ({ reportId, body }: { reportId: string; body: TComplianceSendBack }) =>
        unwrap(client.POST('/api/reports/{id}/compliance/send-back', { params: { path: { id: reportId } }, body })),
      onSuccess: done,
    }),
  };
}

export function useMyEvaluations() {
  return useQuery({ queryKey: [...REPORTS, 'compliance', 'mine'], queryFn: () => unwrap(client.GET('/api/reports/compliance/mine')) });
}

export function useEvaluationSheet(id: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, 'compliance', 'sheet', id],
    queryFn: id ? () => unwrap(client.GET('/api/reports/compliance/evaluations/{id}', { params: { path: { id } } })) : skipToken,
  });
}

export function useSheetActions(id: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REPORTS });
  const path = { params: { path: { id } } };
  return {
    save: useMutation({
      mutationFn: (body: TComplianceSheetSave) => unwrap(client.PUT('/api/reports/compliance/evaluations/{id}', { ...path, body })),
      onSuccess: done,
    }),
    submit: useMutation({
      mutationFn: (body: TComplianceSheetSave) => unwrap(client.POST('/api/reports/compliance/evaluations/{id}/submit', { ...path, body })),
      onSuccess: done,
    }),
    declareConflict: useMutation({
      mutationFn: (reason: string) =>
        unwrap(client.POST('/api/reports/compliance/evaluations/{id}/conflict', { ...path, body: { reason } })),
      onSuccess: done,
    }),
  };
}
