/**
 * Membership decisions belong to the joint meeting (章程第九条(三)): after the secretariat's review the case
 * goes on the agenda of a scheduled meeting — the one named, or else the next one.
 */
import type { AgendaItemKind } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { appendAgendaItem, findMeeting, findNextScheduledMeeting } from '../meetings/meetings.repository.js';
import { MEETING_ENTITY_NAME } from './membership.names.js';

export interface Placement {
  bodyId: string;
  meetingId?: string;
  today: string;
  kind: Extract<AgendaItemKind, 'admission' | 'withdrawal' | 'expulsion'>;
  title: string;
  description: string | null;
  subjectOrgId: string;
  caseId: string;
}

export async function placeOnAgenda(tx: Executor, actor: Actor, placement: Placement) {
  const meeting = placement.meetingId
    ? await findMeeting(tx, placement.bodyId, placement.meetingId)
    : await findNextScheduledMeeting(tx, placement.bodyId, placement.today);
  if (placement.meetingId && !meeting) throw notFound(MEETING_ENTITY_NAME);
  if (!meeting) throw new DomainError('MEETING_NONE_SCHEDULED');
  if (meeting.status === 'concluded') throw new DomainError('MEETING_CONCLUDED', { title: meeting.title });
  const item = await appendAgendaItem(tx, {
    meetingId: meeting.id,
    bodyId: placement.bodyId,
    kind: placement.kind,
    title: placement.title,
    description: placement.description,
    subjectOrgId: placement.subjectOrgId,
    caseId: placement.caseId,
  });
  await recordAudit(tx, actor, {
    action: 'governance.agenda.add',
    entityType: 'meeting',
    entityId: meeting.id,
    details: { itemId: item.id, kind: item.kind, title: item.title, caseId: placement.caseId },
  });
  return item;
}
