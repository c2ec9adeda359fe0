/**
 * The reminder offsets of a body (GET/PUT/DELETE /api/bodies/{id}/reminder-rules…) or of a call
 * (/api/selection/calls/{id}/reminder-rules…): the same data under the owning module's path and permission.
 */
import type { TReminderRulesInput } from '@chanjiao/contracts/notifications/reminders';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

/** Whose reminders these are: a body's (its secretariat sets them) or a call's (its authority sets them). */
export interface ReminderScope {
  kind: 'body' | 'call';
  id: string;
}

const REMINDER_RULES = ['reminder-rules'] as const;
const keyOf = (scope: ReminderScope) => [...REMINDER_RULES, scope.kind, scope.id];

function fetchRules(scope: ReminderScope) {
  const path = { id: scope.id };
  return scope.kind === 'body'
    ? unwrap(client.GET('/api/bodies/{id}/reminder-rules', { params: { path } }))
    : unwrap(client.GET('/api/selection/calls/{id}/reminder-rules', { params: { path } }));
}

function saveRules(scope: ReminderScope, source: string, input: TReminderRulesInput) {
  const path = { id: scope.id, source };
  return scope.kind === 'body'
    ? unwrap(client.PUT('/api/bodies/{id}/reminder-rules/{source}', { params: { path }, body: input }))
    : unwrap(client.PUT('/api/selection/calls/{id}/reminder-rules/{source}', { params: { path }, body: input }));
}

function restoreDefaults(scope: ReminderScope, source: string, version: number) {
  const params = { path: { id: scope.id, source }, query: { version } };
  return scope.kind === 'body'
    ? unwrap(client.DELETE('/api/bodies/{id}/reminder-rules/{source}', { params }))
    : unwrap(client.DELETE('/api/selection/calls/{id}/reminder-rules/{source}', { params }));
}

export function useReminderRules(scope: ReminderScope) {
  return useQuery({ queryKey: keyOf(scope), queryFn: () => fetchRules(scope) });
}

function useInvalidateRules(scope: ReminderScope) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keyOf(scope) });
}

export function useSaveReminderRules(scope: ReminderScope) {
  const invalidate = useInvalidateRules(scope);
  return useMutation({
    mutationFn: ({ source, input }: { source: string; input: TReminderRulesInput }) => saveRules(scope, source, input),
    onSuccess: invalidate,
  });
}

export function useRestoreReminderDefaults(scope: ReminderScope) {
  const invalidate = useInvalidateRules(scope);
  return useMutation({
    mutationFn: ({ source, version }: { source: string; version: number }) => restoreDefaults(scope, source, version),
    onSuccess: invalidate,
  });
}
