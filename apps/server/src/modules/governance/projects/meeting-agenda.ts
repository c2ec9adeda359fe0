/**
 * Matters of slice C that the joint meeting decides (章程第九条): a project proposal (a motion, 第十七条(四))
 * and the annual budget (第二十四条). Each goes on the named meeting's agenda, else the next scheduled one; the
 * item's vote, counted by the charter's rule, is the decision, read back with `findAgendaDecision`.
 */
import type { AgendaItemKind } from '@chanjiao/contracts';
import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { appendAgendaItem, findMeeting, findNextScheduledMeeting } from '../meetings/meetings.repository.js';
import { MEETING_ENTITY } from '../meetings/meetings.service.js';
import { agendaItems, meetings } from '../meetings/meetings.table.js';

export interface MeetingMatter {
  bodyId: string;
  meetingId?: string;
  today: string;
  kind: Extract<AgendaItemKind, 'motion' | 'budget_approval'>;
  title: string;
  description: string;
  subjectOrgId: string | null;
  caseId: string;
}

export async function placeOnMeetingAgenda(tx: Executor, actor: Actor, matter: MeetingMatter) {
  const meeting = matter.meetingId
    ? await findMeeting(tx, matter.bodyId, matter.meetingId)
    : await findNextScheduledMeeting(tx, matter.bodyId, matter.today);
  if (matter.meetingId && !meeting) throw notFound(MEETING_ENTITY);
  if (!meeting) throw new DomainError('MEETING_NONE_SCHEDULED');
  if (meeting.status === 'concluded') throw new DomainError('MEETING_CONCLUDED', { title: meeting.title });
  const item = await appendAgendaItem(tx, {
    meetingId: meeting.id,
    bodyId: matter.bodyId,
    kind: matter.kind,
    title: matter.title,
    description: matter.description,
    subjectOrgId: matter.subjectOrgId,
    caseId: matter.caseId,
  });
  await recordAudit(tx, actor, {
    action: 'governance.agenda.add',
    entityType: 'meeting',
    entityId: meeting.id,
    details: { itemId: item.id, kind: item.kind, title: item.title, caseId: matter.caseId },
  });
  return item;
}

export interface AgendaDecision {
  itemId: string;
  voteStatus: string;
  passed: boolean | null;
  resolutionNo: number | null;
  meetingId: string;
  meetingTitle: string;
  heldOn: string;
}

export async function findAgendaDecision(db: Executor, itemId: string): Promise<AgendaDecision | undefined> {
  const [row] = await db
    .select({
      itemId: agendaItems.id,
      voteStatus: agendaItems.voteStatus,
      passed: agendaItems.passed,
      resolutionNo: agendaItems.resolutionNo,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      heldOn: meetings.heldOn,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, itemId))
    .limit(1);
  return row;
}
