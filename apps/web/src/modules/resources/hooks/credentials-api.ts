/** Server state of the signed learning records: issued ones per student, and the public checks. */
import type { TCredentialCheck } from '@chanjiao/contracts/resources/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, unwrap } from '../../../app/api';

const CREDENTIALS = ['resources', 'credentials'] as const;

export function useIssuedCredentials(bodyId: string, studentId: string) {
  return useQuery({
    queryKey: [...CREDENTIALS, bodyId, studentId],
    queryFn: () =>
      unwrap(client.GET('/api/bodies/{id}/resources/students/{studentId}/credentials', { params: { path: { id: bodyId, studentId } } })),
  });
}

export function useCredentialActions(bodyId: string, studentId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: CREDENTIALS });
  return {
    issue: useMutation({
      mutationFn: () =>
        unwrap(client.POST('/api/bodies/{id}/resources/students/{studentId}/credentials', { params: { path: { id: bodyId, studentId } } })),
      onSuccess,
    }),
    withdraw: useMutation({
      mutationFn: ({ credentialId, reason }: { credentialId: string; reason: string }) =>
        unwrap(
          client.POST('/api/bodies/{id}/resources/credentials/{credentialId}/withdraw', {
            params: { path: { id: bodyId, credentialId } },
            body: { reason },
          }),
        ),
      onSuccess,
    }),
  };
}

/** The check behind the link printed on the PDF. */
export function useCredentialVerification(credentialId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'credential', credentialId],
    queryFn: credentialId
      ? () => unwrap(client.GET('/api/credentials/{credentialId}/verification', { params: { path: { credentialId } } }))
      : skipToken,
  });
}

export function useVerifyUpload() {
  return useMutation({
    mutationFn: (credential: Record<string, unknown>): Promise<TCredentialCheck> =>
      unwrap(client.POST('/api/credentials/verify', { body: credential })),
  });
}

export function downloadCredential(bodyId: string, credentialId: string, format: 'pdf' | 'json') {
  return downloadFile(`/api/bodies/${bodyId}/resources/credentials/${credentialId}/${format}`, undefined, `学习记录.${format}`);
}
