/** Server state of a body's finances: the ledger and the budget of a year, and the report downloads. */
import type { TBudgetInput, TFinanceEntryInput } from '@chanjiao/contracts/governance/finance';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, unwrap } from '../../../app/api';

const FINANCE = ['governance', 'finance'] as const;

export function useLedger(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...FINANCE, bodyId, 'ledger', year],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/finance/entries', { params: { path: { id: bodyId }, query: { year } } })),
  });
}

export function useBudget(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...FINANCE, bodyId, 'budget', year],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/finance/budgets/{year}', { params: { path: { id: bodyId, year } } })),
  });
}

function useFinanceMutation<T>(bodyId: string, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...FINANCE, bodyId] }) });
}

export function useFinanceActions(bodyId: string, year: number) {
  const body = { id: bodyId };
  const budget = { id: bodyId, year };
  return {
    record: useFinanceMutation(bodyId, (input: TFinanceEntryInput) =>
      unwrap(client.POST('/api/bodies/{id}/finance/entries', { params: { path: body }, body: input })),
    ),
    void: useFinanceMutation(bodyId, ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/finance/entries/{entryId}/void', { params: { path: { ...body, entryId: id } }, body: { reason } }),
      ),
    ),
    saveBudget: useFinanceMutation(bodyId, (input: TBudgetInput) =>
      unwrap(client.PUT('/api/bodies/{id}/finance/budgets/{year}', { params: { path: budget }, body: input })),
    ),
    submitBudget: useFinanceMutation(bodyId, () =>
      unwrap(client.POST('/api/bodies/{id}/finance/budgets/{year}/review', { params: { path: budget }, body: {} })),
    ),
  };
}

export function downloadReport(bodyId: string, year: number, format: 'docx' | 'xlsx'): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/finance/reports/${year}/${format}`, undefined, `${year}年度财务报告.${format}`);
}
