/** The audit log (GET /api/audit), its export (GET /api/audit/export.xlsx) and chain verification. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, unwrap } from '../../../app/api';
import { type AuditFilters, auditQueryOf } from '../audit-filters';

export const AUDIT_PAGE_SIZE = 50;
const AUDIT = ['audit'] as const;

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: [...AUDIT, 'list', filters],
    queryFn: () =>
      unwrap(client.GET('/api/audit', { params: { query: { ...auditQueryOf(filters), page: filters.page, pageSize: AUDIT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** The export is itself recorded in the log, so the list is read again afterwards. */
export function useExportAuditLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ filters, fallbackName }: { filters: AuditFilters; fallbackName: string }) =>
      downloadFile('/api/audit/export.xlsx', auditQueryOf(filters), fallbackName),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...AUDIT, 'list'] }),
  });
}

export function useVerifyAuditChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/audit/verify')),
    // The verification writes an entry of its own; the list shows it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...AUDIT, 'list'] }),
  });
}
