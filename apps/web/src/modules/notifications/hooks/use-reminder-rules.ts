/**
 * The reminder offsets of a body (GET/PUT/DELETE /api/bodies/{id}/reminder-rules…), a call, a report cycle or a
 * body's resource survey: the same data under the owning module's path and permission.
 */
import type { TReminderRulesInput } from '@chanjiao/contracts/notifications/reminders';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

/**
 * Whose reminders these are: a body's (its secretariat sets them), a call's (its authority), a report cycle's
 * (the authority that runs it) or a body's resource survey rounds (its secretariat; `id` is the body's).
 */
export interface ReminderScope {
  kind: 'body' | 'call' | 'cycle' | 'survey';
  id: string;
}

const REMINDER_RULES = ['reminder-rules'] as const;
const keyOf = (scope: ReminderScope) => [...REMINDER_RULES, scope.kind, scope.id];

function fetchRules(scope: ReminderScope) {
  const params = { path: { id: scope.id } };
  switch (scope.kind) {
    case 'body':
      return unwrap(client.GET('/api/bodies/{id}/reminder-rules', { params }));
    case 'call':
      return unwrap(client.GET('/api/selection/calls/{id}/reminder-rules', { params }));
    case 'cycle':
      return unwrap(client.GET('/api/reports/cycles/{id}/reminder-rules', { params }));
    case 'survey':
      return unwrap(client.GET('/api/bodies/{id}/resources/reminder-rules', { params }));
  }
}

function saveRules(scope: ReminderScope, source: string, body: TReminderRulesInput) {
  const params = { path: { id: scope.id, source } };
  switch (scope.kind) {
    case 'body':
      return unwrap(client.PUT('/api/bodies/{id}/reminder-rules/{source}', { params, body }));
    case 'call':
      return unwrap(client.PUT('/api/selection/calls/{id}/reminder-rules/{source}', { params, body }));
    case 'cycle':
      return unwrap(client.PUT('/api/reports/cycles/{id}/reminder-rules/{source}', { params, body }));
    case 'survey':
      return unwrap(client.PUT('/api/bodies/{id}/resources/reminder-rules/{source}', { params, body }));
  }
}

function restoreDefaults(scope: ReminderScope, source: string, version: number) {
  const params = { path: { id: scope.id, source }, query: { version } };
  switch (scope.kind) {
    case 'body':
      return unwrap(client.DELETE('/api/bodies/{id}/reminder-rules/{source}', { params }));
    case 'call':
      return unwrap(client.DELETE('/api/selection/calls/{id}/reminder-rules/{source}', { params }));
    case 'cycle':
      return unwrap(client.DELETE('/api/reports/cycles/{id}/reminder-rules/{source}', { params }));
    case 'survey':
      return unwrap(client.DELETE('/api/bodies/{id}/resources/reminder-rules/{source}', { params }));
  }
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
