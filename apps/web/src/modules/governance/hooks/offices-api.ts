/** Server state of the body's organs, appointments and committee documents. */
import type { TAppointmentInput, TOfficeDocumentInput, TOfficeInput, TOfficesView } from '@chanjiao/contracts/governance/offices';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const key = (bodyId: string | undefined) => ['governance', 'offices', bodyId] as const;

export function useOffices(bodyId: string | undefined) {
  return useQuery({ queryKey: key(bodyId), queryFn: () => api.get<TOfficesView>(`/api/bodies/${bodyId}/offices`), enabled: !!bodyId });
}

function useOfficesMutation<T>(bodyId: string, send: (input: T) => Promise<TOfficesView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (view) => queryClient.setQueryData(key(bodyId), view) });
}

export function useCreateOffice(bodyId: string) {
  return useOfficesMutation(bodyId, (input: TOfficeInput) => api.post<TOfficesView>(`/api/bodies/${bodyId}/offices`, input));
}

export function useAppoint(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, (input: TAppointmentInput) => api.post<TOfficesView>(`/api/bodies/${bodyId}/offices/${officeId}/appointments`, input));
}

export function useEndAppointment(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, ({ appointmentId, endedOn }: { appointmentId: string; endedOn: string }) =>
    api.post<TOfficesView>(`/api/bodies/${bodyId}/offices/${officeId}/appointments/${appointmentId}/end`, { endedOn }),
  );
}

export function useSaveOfficeDocument(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, (input: TOfficeDocumentInput) => api.put<TOfficesView>(`/api/bodies/${bodyId}/offices/${officeId}/documents`, input));
}

export function uploadOfficeFile(bodyId: string, file: File): Promise<{ id: string; filename: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(`/api/bodies/${bodyId}/offices/files`, form);
}

export function downloadOfficeFile(bodyId: string, file: { id: string; filename: string }): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/offices/files/${file.id}`, undefined, file.filename);
}
