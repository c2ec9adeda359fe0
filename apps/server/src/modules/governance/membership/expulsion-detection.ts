/**
 * 章程第二十一条(二) from attendance: whenever attendance is recorded, members whose trailing run of unexcused
 * absences at consecutive meetings of the body reaches the charter's number are proposed for expulsion (ground 2)
 * with the meetings as evidence;
 * an automatic proposal not yet on an agenda is withdrawn when a corrected record breaks the run.
 */
import type { TCharterParameters } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { type Attendance, absencesReachingExpulsion, describeAbsenceRun, type MeetingAttendance } from './attendance.rules.js';
import { attendanceHistory, currentMemberOrgIds, meetingsOfBody } from '../meetings/meetings.repository.js';
import { noticeExpulsionProposed } from '../messages/governance-messages.js';
import * as repo from './membership.repository.js';

export async function proposeExpulsionsFromAttendance(
  tx: Executor,
  actor: Actor,
  bodyId: string,
  params: Pick<TCharterParameters, 'unexcusedAbsencesForExpulsion'>,
) {
  // Every meeting of the body, recorded or not: one between two absences makes them not consecutive.
  const byMeeting = new Map<string, MeetingAttendance>(
    (await meetingsOfBody(tx, bodyId)).map((row) => [row.id, { meetingId: row.id, heldOn: row.heldOn, attendance: {} }]),
  );
  for (const row of await attendanceHistory(tx, bodyId)) {
    byMeeting.get(row.meetingId)!.attendance[row.orgId] = row.status as Attendance;
  }
  const heldOn = (meetingId: string) => byMeeting.get(meetingId)?.heldOn ?? '';
  const members = new Set(await currentMemberOrgIds(tx, bodyId));
  const runs = absencesReachingExpulsion([...byMeeting.values()], params).filter((run) => members.has(run.orgId));
  const open = await repo.openExpulsions(tx, bodyId);
  const openOrgs = new Set(open.map((row) => row.orgId));

  for (const run of runs.filter((r) => !openOrgs.has(r.orgId))) {
    const row = await repo.insertExpulsion(tx, {
      bodyId,
      orgId: run.orgId,
      ground: 2,
      isAutomatic: true,
      evidenceMeetingIds: run.meetingIds,
      facts: describeAbsenceRun(run, heldOn, params),
    });
    await recordAudit(tx, actor, {
      action: 'governance.expulsion.auto_propose',
      entityType: 'expulsion_proposal',
      entityId: row.id,
      details: { bodyId, orgId: run.orgId, meetingIds: run.meetingIds },
    });
    await noticeExpulsionProposed(tx, actor, row);
  }

  const stillRunning = new Set(runs.map((run) => run.orgId));
  for (const row of open.filter((p) => p.isAutomatic && p.status === 'proposed' && !stillRunning.has(p.orgId))) {
    await repo.updateExpulsion(
      tx,
      row.id,
      { status: 'proposed' },
      {
        status: 'dismissed',
        dismissReason: '出席记录更正后不再构成连续无故缺席，系统自动撤回',
      },
    );
    await recordAudit(tx, actor, {
      action: 'governance.expulsion.auto_dismiss',
      entityType: 'expulsion_proposal',
      entityId: row.id,
      details: { bodyId, orgId: row.orgId },
    });
  }
}
