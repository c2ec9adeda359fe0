/** Server state of the body's organs, appointments and committee documents. */
import type { TAppointmentInput, TOfficeDocumentInput, TOfficeInput, TOfficesView } from '@chanjiao/contracts/governance/offices';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, multipart, unwrap } from '../../../app/api';

const key = (bodyId: string | undefined) => ['governance', 'offices', bodyId] as const;

export function useOffices(bodyId: string | undefined) {
  return useQuery({
    queryKey: key(bodyId),
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/offices', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

function useOfficesMutation<T>(bodyId: string, send: (input: T) => Promise<TOfficesView>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (view) => queryClient.setQueryData(key(bodyId), view) });
}

export function useCreateOffice(bodyId: string) {
  return useOfficesMutation(bodyId, (input: TOfficeInput) =>
    unwrap(client.POST('/api/bodies/{id}/offices', { params: { path: { id: bodyId } }, body: input })),
  );
}

export function useAppoint(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, (input: TAppointmentInput) =>
    unwrap(client.POST('/api/bodies/{id}/offices/{officeId}/appointments', { params: { path: { id: bodyId, officeId } }, body: input })),
  );
}

export function useEndAppointment(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, ({ appointmentId, endedOn }: { appointmentId: string; endedOn: string }) =>
    unwrap(
      client.POST('/api/bodies/{id}/offices/{officeId}/appointments/{appointmentId}/end', {
        params: { path: { id: bodyId, officeId, appointmentId } },
        body: { endedOn },
      }),
    ),
  );
}

export function useSaveOfficeDocument(bodyId: string, officeId: string) {
  return useOfficesMutation(bodyId, (input: TOfficeDocumentInput) =>
    unwrap(client.PUT('/api/bodies/{id}/offices/{officeId}/documents', { params: { path: { id: bodyId, officeId } }, body: input })),
  );
}

export function uploadOfficeFile(bodyId: string, file: File): Promise<{ id: string; filename: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(client.POST('/api/bodies/{id}/offices/files', { params: { path: { id: bodyId } }, ...multipart(form) }));
}

export function downloadOfficeFile(bodyId: string, file: { id: string; filename: string }): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/offices/files/${file.id}`, undefined, file.filename);
}
