/**
 * The notifications API for modules. Inside the transaction of the business write:
 *
 *   await notify(tx, actor, {
 *     kind: 'governance.meeting_convened',
 *     params: { bodyName, meetingTitle, heldOn, location, agenda },
 *     recipients: members.map((orgId) => ({ role: 'member_representative', scopeId: orgId })),
 *     link: { path: `/governance/meetings/${meeting.id}?body=${bodyId}`, recordType: 'meeting', recordId: meeting.id },
 *     dedupeKey: `meeting-convened:${meeting.id}`,
 *   });
 *
 * The message and its addressees are written with the business change (both commit or neither); delivery to each
 * inbox and the e-mails run afterwards as jobs. See ARCHITECTURE.md, "Notifications and jobs".
 */
import { type NotificationKind, type NotificationParams, notificationKindOf, type Role, ROLES } from '@chanjiao/contracts';
import type { Actor } from '../../kernel/audit/audit.service.js';
import type { Executor } from '../../kernel/db/database.js';
import { enqueueJob } from '../../kernel/jobs/index.js';
import { fanOutJob } from './fan-out/fan-out.job.js';
import { deliverOpenRoleItems } from './inbox/inbox.repository.js';
import * as repo from './notify.repository.js';

/** One user, or every holder of a role in an organisation or body (scopeId null for system-wide roles). */
export type Recipient = { userId: string } | { role: Role; scopeId: string | null };

export interface NotificationLink {
  /** The web route of the record, e.g. `/governance/meetings/<id>?body=<bodyId>`. */
  path: string;
  recordType: string;
  recordId: string;
}

export interface NotifyInput<K extends NotificationKind> {
  kind: K;
  params: NotificationParams<K>;
  recipients: Recipient[];
  link: NotificationLink;
  /** A second call with the same key does nothing (a retried request, a reminder already sent). */
  dedupeKey?: string;
  /** Whoever caused the event is left out unless this is set. */
  includeActor?: boolean;
}

export interface Notified {
  id: string;
  /** False when the dedupe key had been used already. */
  created: boolean;
}

export async function notify<K extends NotificationKind>(tx: Executor, actor: Actor, input: NotifyInput<K>): Promise<Notified> {
  const definition = notificationKindOf(input.kind);
  const params = definition.params.parse(input.params) as Record<string, unknown>;
  assertLink(input.link);
  for (const recipient of input.recipients) assertRecipient(recipient);
  const { row, created } = await repo.insertNotification(
    tx,
    {
      kind: input.kind,
      module: definition.module,
      params,
      linkPath: input.link.path,
      recordType: input.link.recordType,
      recordId: input.link.recordId,
      dedupeKey: input.dedupeKey ?? null,
      createdBy: actor.userId,
      includeActor: input.includeActor ?? false,
    },
    definition.openDays,
  );
  if (created) {
    await repo.insertRecipients(
      tx,
      row.id,
      input.recipients.map((recipient) =>
        'userId' in recipient
          ? { userId: recipient.userId, role: null, scopeId: null }
          : { userId: null, role: recipient.role, scopeId: recipient.scopeId },
      ),
    );
    await enqueueJob(tx, fanOutJob, { notificationId: row.id }, { idempotencyKey: row.id });
  }
  return { id: row.id, created };
}

/**
 * Marks the messages about a record as dealt with (e.g. the application was decided): people who take on an
 * addressed role afterwards no longer receive them. Those who have them keep them.
 */
export async function closeNotifications(
  tx: Executor,
  about: { recordType: string; recordId: string; kinds?: NotificationKind[] },
): Promise<number> {
  return repo.closeNotificationsAbout(tx, about.recordType, about.recordId, about.kinds ?? null);
}

/** For whoever grants a role: the new holder receives the open messages addressed to that role. */
export async function deliverOpenNotificationsToNewHolder(
  tx: Executor,
  holder: { userId: string; role: Role; scopeId: string | null },
): Promise<number> {
  return deliverOpenRoleItems(tx, holder.userId, holder.role, holder.scopeId);
}

function assertLink(link: NotificationLink): void {
  // Links open inside the platform; a path that leaves it (//host, http:) is a programming error.
  if (!link.path.startsWith('/') || link.path.startsWith('//')) {
    throw new Error(`A notification link must be a path inside the platform, not "${link.path}"`);
  }
}

function assertRecipient(recipient: Recipient): void {
  if ('userId' in recipient) return;
  const systemWide = ROLES[recipient.role].scope === 'system';
  if (systemWide !== (recipient.scopeId === null)) {
    throw new Error(
      `Role ${recipient.role} is ${systemWide ? 'system-wide: scopeId must be null' : 'held per organisation or body: give its scopeId'}`,
    );
  }
}
