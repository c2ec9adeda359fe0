/**
 * The lifecycle's steps for any list (jobs, entries, student figures): check the step by list-lifecycle.rules.ts, let
 * the list write its own row at its version, and keep the change in the status history — one transaction, audited.
 */
import {
  LIST_ENTRY_STATUSES,
  LIST_STATUS_ACTIONS,
  type ListStatusAction,
  type StoredListStatus,
  type TListHistoryItem,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { effectiveStatus, lifecycleStep } from './list-lifecycle.rules.js';
import { type EntryType, insertStatusChange, statusChangesOf } from './list-status.repository.js';

export interface LifecycleEntry {
  id: string;
  /** What the messages call it: a position's name, an entry's name, a major and year. */
  name: string;
  status: StoredListStatus;
  /** The last day it is valid, if it has one. */
  lastDay: string | null;
  version: number;
}

export interface LifecycleRequest {
  action: ListStatusAction;
  reason?: string | null;
  version: number;
}

/** Checks the step and returns the status it leads to, or throws the error that says why not. */
export function checkLifecycle(entry: LifecycleEntry, request: LifecycleRequest, today: string): StoredListStatus {
  const outcome = lifecycleStep(entry.status, entry.lastDay, today, request.action, request.reason);
  if (!outcome.ok) {
    if (outcome.problem === 'reason_required') throw new DomainError('TALENT_ENTRY_WITHDRAW_REASON', { name: entry.name });
    if (outcome.problem === 'expired') {
      throw new DomainError('TALENT_ENTRY_EXPIRED', {
        name: entry.name,
        lastDay: entry.lastDay ?? '',
        action: LIST_STATUS_ACTIONS[request.action],
      });
    }
    const shown = effectiveStatus(entry.status, entry.lastDay, today);
    throw new DomainError('TALENT_ENTRY_STATUS', {
      name: entry.name,
      status: LIST_ENTRY_STATUSES[shown],
      action: LIST_STATUS_ACTIONS[request.action],
    });
  }
  if (entry.version !== request.version) throw new DomainError('VERSION_CONFLICT', { current: entry.version });
  return outcome.to;
}

/**
 * Takes the step: `write` updates the entry at its version and returns the new version (undefined when someone else
 * changed it first), then the change is kept and audited.
 */
export async function changeListStatus(
  db: Executor,
  actor: Actor,
  entryType: EntryType,
  entry: LifecycleEntry,
  request: LifecycleRequest,
  at: { now: Date; today: string },
  write: (tx: Executor, to: StoredListStatus) => Promise<number | undefined>,
  details: Record<string, unknown> = {},
) {
  const to = checkLifecycle(entry, request, at.today);
  await db.transaction(async (tx) => {
    const version = await write(tx, to);
    if (version === undefined) throw new DomainError('VERSION_CONFLICT', { current: entry.version });
    await insertStatusChange(tx, {
      entryType,
      entryId: entry.id,
      seq: version,
      action: request.action,
      fromStatus: entry.status,
      toStatus: to,
      reason: request.reason ?? null,
      actorName: actor.username,
      at: at.now,
    });
    await recordAudit(tx, actor, {
      action: `talent.${entryType}.${request.action}`,
      entityType: `talent_${entryType}`,
      entityId: entry.id,
      details: { ...details, from: entry.status, to, reason: request.reason ?? null },
    });
  });
}

/** Records the first status (a new draft) inside the transaction that created the entry. */
export async function recordCreated(tx: Executor, actor: Actor, entryType: EntryType, entryId: string, now: Date) {
  await insertStatusChange(tx, {
    entryType,
    entryId,
    seq: 1,
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    reason: null,
    actorName: actor.username,
    at: now,
  });
}

export async function historiesOf(db: Executor, entryType: EntryType, entryIds: string[]): Promise<Map<string, TListHistoryItem[]>> {
  const histories = new Map<string, TListHistoryItem[]>();
  for (const change of await statusChangesOf(db, entryType, entryIds)) {
    const list = histories.get(change.entryId) ?? [];
    list.push({
      from: change.fromStatus,
      to: change.toStatus,
      action: change.action,
      reason: change.reason,
      on: shanghaiDate(change.at),
      by: change.actorName,
      at: change.at.toISOString(),
    });
    histories.set(change.entryId, list);
  }
  return histories;
}
