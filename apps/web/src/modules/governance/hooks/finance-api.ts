/** Server state of a body's finances: the ledger and the budget of a year, and the report downloads. */
import type { TBudget, TBudgetInput, TFinanceEntryInput, TFinanceLedger } from '@chanjiao/contracts/governance/finance';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const FINANCE = ['governance', 'finance'] as const;

export function useLedger(bodyId: string, year: number) {
  return useQuery({ queryKey: [...FINANCE, bodyId, 'ledger', year], queryFn: () => api.get<TFinanceLedger>(`/api/bodies/${bodyId}/finance/entries`, { year }) });
}

export function useBudget(bodyId: string, year: number) {
  return useQuery({ queryKey: [...FINANCE, bodyId, 'budget', year], queryFn: () => api.get<TBudget>(`/api/bodies/${bodyId}/finance/budgets/${year}`) });
}

function useFinanceMutation<T>(bodyId: string, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...FINANCE, bodyId] }) });
}

export function useFinanceActions(bodyId: string, year: number) {
  const base = `/api/bodies/${bodyId}/finance`;
  return {
    record: useFinanceMutation(bodyId, (input: TFinanceEntryInput) => api.post(`${base}/entries`, input)),
    void: useFinanceMutation(bodyId, ({ id, reason }: { id: string; reason: string }) => api.post(`${base}/entries/${id}/void`, { reason })),
    saveBudget: useFinanceMutation(bodyId, (input: TBudgetInput) => api.put(`${base}/budgets/${year}`, input)),
    submitBudget: useFinanceMutation(bodyId, () => api.post(`${base}/budgets/${year}/review`, {})),
  };
}

export function downloadReport(bodyId: string, year: number, format: 'docx' | 'xlsx'): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/finance/reports/${year}/${format}`, undefined, `${year}年度财务报告.${format}`);
}
