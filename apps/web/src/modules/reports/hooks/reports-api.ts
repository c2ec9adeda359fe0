/** Server state of the quality reports: cycles, coverage, one's reports, a report and its review steps. */
import type {
  TAuthorityDataSave,
  TCycleInput,
  TReportApproval,
  TReportPass,
  TReportReturn,
  TReportSave,
} from '@chanjiao/contracts/reports/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const REPORTS = ['reports'] as const;

export function useCycles() {
  return useQuery({ queryKey: [...REPORTS, 'cycles'], queryFn: () => unwrap(client.GET('/api/reports/cycles')) });
}

export function useCoverage(id: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, 'coverage', id],
    queryFn: id ? () => unwrap(client.GET('/api/reports/cycles/{id}/coverage', { params: { path: { id } } })) : skipToken,
  });
}

export function useMyReports() {
  return useQuery({ queryKey: [...REPORTS, 'mine'], queryFn: () => unwrap(client.GET('/api/reports/mine')) });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, 'report', id],
    queryFn: id ? () => unwrap(client.GET('/api/reports/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** Figures the platform counted for the report's fields (exchange agreements of its year), for the collector to adopt. */
export function useReportSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORTS, 'suggestions', id],
    queryFn: enabled ? () => unwrap(client.GET('/api/reports/{id}/suggestions', { params: { path: { id } } })) : skipToken,
  });
}

export function useCycleActions() {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REPORTS });
  return {
    create: useMutation({
      mutationFn: (input: TCycleInput) => unwrap(client.POST('/api/reports/cycles', { body: input })),
      onSuccess: done,
    }),
    open: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        unwrap(client.POST('/api/reports/cycles/{id}/open', { params: { path: { id } }, body: { version } })),
      onSuccess: done,
    }),
  };
}

export function useReportActions(id: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REPORTS });
  const path = { params: { path: { id } } };
  return {
    save: useMutation({
      mutationFn: (body: TReportSave) => unwrap(client.PUT('/api/reports/{id}/data', { ...path, body })),
      onSuccess: done,
    }),
    submit: useMutation({
      mutationFn: (version: number) => unwrap(client.POST('/api/reports/{id}/submit', { ...path, body: { version } })),
      onSuccess: done,
    }),
    pass: useMutation({
      mutationFn: (body: TReportPass) => unwrap(client.POST('/api/reports/{id}/pass', { ...path, body })),
      onSuccess: done,
    }),
    reviewerReturn: useMutation({
      mutationFn: (body: TReportReturn) => unwrap(client.POST('/api/reports/{id}/reviewer-return', { ...path, body })),
      onSuccess: done,
    }),
    approve: useMutation({
      mutationFn: (body: TReportApproval) => unwrap(client.POST('/api/reports/{id}/approve', { ...path, body })),
      onSuccess: done,
    }),
    principalReturn: useMutation({
      mutationFn: (body: TReportReturn) => unwrap(client.POST('/api/reports/{id}/principal-return', { ...path, body })),
      onSuccess: done,
    }),
    authorityReturn: useMutation({
      mutationFn: (body: TReportReturn) => unwrap(client.POST('/api/reports/{id}/authority-return', { ...path, body })),
      onSuccess: done,
    }),
  };
}

export function useGeneratedReport(id: string | undefined) {
  return useQuery({
    queryKey: [...REPORTS, 'generated', id],
    queryFn: id ? () => unwrap(client.GET('/api/reports/{id}/generated', { params: { path: { id } } })) : skipToken,
  });
}

export function useGeneratedCycleReport(id: string | undefined, basis: 'approved' | 'all') {
  return useQuery({
    queryKey: [...REPORTS, 'generated-cycle', id, basis],
    queryFn: id
      ? () => unwrap(client.GET('/api/reports/cycles/{id}/generated', { params: { path: { id }, query: { basis } } }))
      : skipToken,
  });
}

/** The authority's own figures for its report (表3 培训情况 by year) with the computed 合计. */
export function useAuthorityData(cycleId: string) {
  return useQuery({
    queryKey: [...REPORTS, 'authority-data', cycleId],
    queryFn: () => unwrap(client.GET('/api/reports/cycles/{id}/authority-data', { params: { path: { id: cycleId } } })),
  });
}

export function useSaveAuthorityData(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAuthorityDataSave) =>
      unwrap(client.PUT('/api/reports/cycles/{id}/authority-data', { params: { path: { id: cycleId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS }),
  });
}
