/** Server state of a cycle's registers: 项目与荣誉 entries with their filter, the Excel import, and the 案例. */
import type {
  TRegisterBlock,
  TRegisterCaseInput,
  TRegisterCaseUpdate,
  TRegisterEntryInput,
  TRegisterEntryUpdate,
  TRegisterFilter,
} from '@chanjiao/contracts/reports/index';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, multipart, unwrap } from '../../../app/api';

const REGISTERS = (cycleId: string) => ['reports', 'registers', cycleId] as const;

export function useRegisterEntries(cycleId: string, filter: TRegisterFilter) {
  return useQuery({
    queryKey: [...REGISTERS(cycleId), 'entries', filter],
    queryFn: () => unwrap(client.GET('/api/reports/cycles/{id}/registers/entries', { params: { path: { id: cycleId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterCases(cycleId: string) {
  return useQuery({
    queryKey: [...REGISTERS(cycleId), 'cases'],
    queryFn: () => unwrap(client.GET('/api/reports/cycles/{id}/registers/cases', { params: { path: { id: cycleId } } })),
  });
}

export function useRegisterActions(cycleId: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REGISTERS(cycleId) });
  const path = { params: { path: { id: cycleId } } };
  return {
    create: useMutation({
      mutationFn: (body: TRegisterEntryInput) => unwrap(client.POST('/api/reports/cycles/{id}/registers/entries', { ...path, body })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ entryId, body }: { entryId: string; body: TRegisterEntryUpdate }) =>
        unwrap(client.PUT('/api/reports/cycles/{id}/registers/entries/{entryId}', { params: { path: { id: cycleId, entryId } }, body })),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (entryId: string) =>
        unwrap(client.DELETE('/api/reports/cycles/{id}/registers/entries/{entryId}', { params: { path: { id: cycleId, entryId } } })),
      onSuccess: done,
    }),
    import: useMutation({
      mutationFn: (file: File) => {
        const form = new FormData();
        form.append('file', file);
        return unwrap(client.POST('/api/reports/cycles/{id}/registers/entries/import', { ...path, ...multipart(form) }));
      },
      onSuccess: done,
    }),
  };
}

export function useCaseActions(cycleId: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: REGISTERS(cycleId) });
  const path = { params: { path: { id: cycleId } } };
  return {
    create: useMutation({
      mutationFn: (body: TRegisterCaseInput) => unwrap(client.POST('/api/reports/cycles/{id}/registers/cases', { ...path, body })),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ caseId, body }: { caseId: string; body: TRegisterCaseUpdate }) =>
        unwrap(client.PUT('/api/reports/cycles/{id}/registers/cases/{caseId}', { params: { path: { id: cycleId, caseId } }, body })),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (caseId: string) =>
        unwrap(client.DELETE('/api/reports/cycles/{id}/registers/cases/{caseId}', { params: { path: { id: cycleId, caseId } } })),
      onSuccess: done,
    }),
    uploadImage: useMutation({
      mutationFn: (file: File) => {
        const form = new FormData();
        form.append('file', file);
        return unwrap(client.POST('/api/reports/cycles/{id}/registers/cases/images', { ...path, ...multipart(form) }));
      },
    }),
  };
}

/** Where the browser shows a case's image (the server checks the reader's access to the cycle). */
export const caseImageUrl = (cycleId: string, caseId: string, fileId: string) =>
  `/api/reports/cycles/${cycleId}/registers/cases/${caseId}/images/${fileId}`;

export function useRegisterBlocks(cycleId: string) {
  return useQuery({
    queryKey: [...REGISTERS(cycleId), 'blocks'],
    queryFn: () => unwrap(client.GET('/api/reports/cycles/{id}/registers/blocks', { params: { path: { id: cycleId } } })),
  });
}

/** Saves the whole list of register tables from the revision it was read at; a refused save reloads the list. */
export function useSaveRegisterBlocks(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ blocks, revision }: { blocks: TRegisterBlock[]; revision: string }) =>
      unwrap(client.PUT('/api/reports/cycles/{id}/registers/blocks', { params: { path: { id: cycleId } }, body: { blocks, revision } })),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: REGISTERS(cycleId) });
      await queryClient.invalidateQueries({ queryKey: ['reports', 'generated-cycle', cycleId] });
    },
  });
}
