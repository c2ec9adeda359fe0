/** Two-person requests (双人审批): the queue, filing a request and deciding one. */
import type {
  AdminRequestKind,
  TPasswordResetRequestBody,
  TRoleGrantRequestBody,
  TRoleRevokeRequestBody,
} from '@chanjiao/contracts/admin-approvals';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

export const REQUEST_PAGE_SIZE = 20;
const REQUESTS = ['admin-requests'] as const;
export type RequestTab = 'pending' | 'decided' | 'all';

export function useAdminRequests(status: RequestTab, page: number) {
  return useQuery({
    queryKey: [...REQUESTS, status, page],
    queryFn: () => unwrap(client.GET('/api/admin-requests', { params: { query: { status, page, pageSize: REQUEST_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** What a filing sends besides the reason: the account, and the role or assignment where the change has one. */
export interface FilingTarget {
  userId: string;
  role?: string;
  assignmentId?: string;
}

export interface FilingValues {
  reason?: string;
  temporaryPassword?: string;
}

/** The request body of each kind, as its contract schema (admin-approvals.ts) expects it. */
export function filingPayload(kind: AdminRequestKind, target: FilingTarget, values: FilingValues) {
  const base = { userId: target.userId, reason: values.reason ?? '' };
  if (kind === 'role_grant') return { ...base, role: target.role };
  if (kind === 'role_revoke') return { ...base, assignmentId: target.assignmentId };
  if (kind === 'password_reset') return { ...base, temporaryPassword: values.temporaryPassword ?? '' };
  return base;
}

function file(kind: AdminRequestKind, target: FilingTarget, values: FilingValues) {
  const body = filingPayload(kind, target, values);
  switch (kind) {
    case 'role_grant':
      return client.POST('/api/admin-requests/role-grant', { body: body as TRoleGrantRequestBody });
    case 'role_revoke':
      return client.POST('/api/admin-requests/role-revoke', { body: body as TRoleRevokeRequestBody });
    case 'account_disable':
      return client.POST('/api/admin-requests/account-disable', { body });
    case 'password_reset':
      return client.POST('/api/admin-requests/password-reset', { body: body as TPasswordResetRequestBody });
    case 'totp_reset':
      return client.POST('/api/admin-requests/totp-reset', { body });
  }
}

export function useFileAdminRequest(kind: AdminRequestKind, target: FilingTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: FilingValues) => unwrap(file(kind, target, values)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REQUESTS }),
  });
}

export function useDecideRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: 'approve' | 'reject' | 'cancel'; note?: string }) => {
      const params = { params: { path: { id } } };
      if (action === 'approve') return unwrap(client.POST('/api/admin-requests/{id}/approve', { ...params, body: note ? { note } : {} }));
      if (action === 'reject') return unwrap(client.POST('/api/admin-requests/{id}/reject', { ...params, body: { note: note ?? '' } }));
      return unwrap(client.POST('/api/admin-requests/{id}/cancel', params));
    },
    // An approval changes accounts and roles too: every list that shows them may be stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
