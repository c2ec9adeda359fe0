/**
 * The deadlines of a body's governance that people are reminded of (the notifications module's daily job reads
 * them; ARCHITECTURE.md, "Declare a reminder source"). Each source names its default offsets; a body keeps its
 * own under the source's name (reminder_rules, scope = the body), set on the body's reminder settings.
 */
import { POST_LABELS, POSTS_OF_KIND, type Role } from '@chanjiao/contracts';
import { addDays } from '../../../kernel/time/calendar.js';
import { defineReminderSource, type ReminderDeadline, type ReminderSource } from '../../notifications/index.js';
import { listSubmissions } from '../bulletins/bulletins.repository.js';
import { quartersBetween } from '../bulletins/bulletins.rules.js';
import { charterParametersOf } from '../charter/charter-parameters.js';
import { currentMemberOrgIds } from '../meetings/meetings.repository.js';
import { unitRecipients } from '../messages/governance-messages.js';
import { termOf } from '../offices/offices-terms.js';
import { listAppointments, listOffices } from '../offices/offices.repository.js';
import { orgsOfUnit, unitDirectory } from '../workplan/workplan-units.js';
import * as repo from './governance-reminders.repository.js';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const SECRETARIAT = (bodyId: string) => [{ role: 'body_secretariat' as Role, scopeId: bodyId }];
const TASK_ROLES: Role[] = ['member_representative', 'liaison'];

/** 附件3 二: the units a task names are reminded before its window ends, on the day, and the day after. */
export const workplanTaskReminders = defineReminderSource({
  name: 'governance.workplan_task',
  label: { 'zh-CN': '工作计划任务到期提醒', 'en-US': 'Work-plan task due' },
  kind: 'governance.workplan_task_due',
  overdueKind: 'governance.workplan_task_overdue',
  defaultOffsets: [7, 1, -1],
  deadlines: async (db, { from, to }) => {
    const rows = await repo.openTasksEndingBetween(db, from, to);
    const deadlines: ReminderDeadline[] = [];
    for (const { task, bodyName } of rows) {
      const committees = task.units.filter((unit) => unit.kind === 'committee').map((unit) => unit.name);
      const directory = await unitDirectory(db, task.bodyId, [task.year], committees, to);
      const orgIds = new Set<string>();
      for (const unit of task.units) {
        const orgs = orgsOfUnit(unit, task.year, directory);
        for (const orgId of orgs === 'everyone' ? directory.memberIds : orgs) orgIds.add(orgId);
      }
      if (orgIds.size === 0) continue;
      deadlines.push({
        recordId: task.id,
        scopeId: task.bodyId,
        deadline: task.endsOn,
        recipients: unitRecipients([...orgIds], TASK_ROLES),
        params: { bodyName, task: task.title.slice(0, 500) },
        link: { path: `/governance/workplan?body=${task.bodyId}`, recordType: 'workplan_task', recordId: task.id },
      });
    }
    return deadlines;
  },
});

/** 第二十条(一): the secretariat is reminded that a withdrawal's notice period is ending, to put it to the meeting. */
export const withdrawalNoticeReminders = defineReminderSource({
  name: 'governance.withdrawal_notice',
  label: { 'zh-CN': '退出预告期届满提醒', 'en-US': 'Withdrawal notice period ending' },
  kind: 'governance.withdrawal_notice_ending',
  defaultOffsets: [7, 1],
  deadlines: async (db, { from, to }) =>
    (await repo.noticePeriodsEndingBetween(db, from, to)).map((row) => ({
      recordId: row.id,
      scopeId: row.bodyId,
      deadline: row.endsOn,
      recipients: SECRETARIAT(row.bodyId),
      params: { orgName: row.orgName },
      link: { path: `/governance/membership?body=${row.bodyId}`, recordType: 'withdrawal_request', recordId: row.id },
    })),
});

/** 第十四条: a standing committee's 主任 or 副主任 term ends; the secretariat asks the joint meeting to appoint or renew. */
export const officeTermReminders = defineReminderSource({
  name: 'governance.office_term',
  label: { 'zh-CN': '委员会任期届满提醒', 'en-US': 'Committee term ending' },
  kind: 'governance.office_term_ending',
  defaultOffsets: [30],
  deadlines: async (db, { from, to }) => {
    const deadlines: ReminderDeadline[] = [];
    for (const body of await repo.bodiesWithStandingCommittees(db)) {
      const [offices, { parameters }] = await Promise.all([listOffices(db, body.id), charterParametersOf(db, body.id)]);
      const committees = offices.filter((office) => office.kind === 'standing_committee');
      const appointments = await listAppointments(
        db,
        committees.map((office) => office.id),
      );
      for (const office of committees) {
        for (const post of POSTS_OF_KIND.standing_committee) {
          const term = termOf(
            appointments.filter((a) => a.officeId === office.id && a.post === post),
            from,
            parameters,
          );
          if (!term || term.status.endsOn < from || term.status.endsOn > to) continue;
          deadlines.push({
            recordId: term.appointment.id,
            scopeId: body.id,
            deadline: term.status.endsOn,
            recipients: SECRETARIAT(body.id),
            params: { office: office.name, post: POST_LABELS[post], holder: term.appointment.holderName },
            link: { path: `/governance/offices?body=${body.id}`, recordType: 'office_appointment', recordId: term.appointment.id },
          });
        }
      }
    }
    return deadlines;
  },
});

/**
 * 附件3 四(一)2: each member sends at least the charter's number of 简讯 a quarter (counted by the day it reached
 * the secretariat); a member below it is reminded a month before the quarter ends.
 */
export const bulletinQuotaReminders = defineReminderSource({
  name: 'governance.bulletin_quota',
  label: { 'zh-CN': '简讯报送不足提醒', 'en-US': 'Bulletin quota behind' },
  kind: 'governance.bulletin_quota_behind',
  defaultOffsets: [30],
  deadlines: async (db, { from, to }) => {
    const quarters = quartersBetween(from, to).filter((quarter) => quarter.endsOn >= from && quarter.endsOn <= to);
    if (quarters.length === 0) return [];
    const byBody = groupBy(await repo.currentMembersByBody(db), (row) => row.bodyId);
    const deadlines: ReminderDeadline[] = [];
    for (const [bodyId, members] of byBody) {
      const quota = (await charterParametersOf(db, bodyId)).parameters.bulletinsPerQuarterMin;
      if (quota === 0) continue;
      for (const quarter of quarters) {
        const sent = groupBy(await listSubmissions(db, bodyId, quarter.startsOn, quarter.endsOn), (row) => row.orgId);
        for (const member of members.filter((row) => row.joinedOn <= quarter.endsOn)) {
          const submitted = sent.get(member.orgId)?.length ?? 0;
          if (submitted >= quota) continue;
          deadlines.push({
            recordId: `${bodyId}:${member.orgId}:${quarter.key}`,
            scopeId: bodyId,
            deadline: quarter.endsOn,
            recipients: unitRecipients([member.orgId], TASK_ROLES),
            params: { bodyName: member.bodyName, submitted, quota },
            link: { path: `/governance/bulletins?body=${bodyId}`, recordType: 'body', recordId: bodyId },
          });
        }
      }
    }
    return deadlines;
  },
});

/** 章程第六、七条: on 1 January the member units and the secretariat are told which unit chairs the new year. */
export const chairYearReminders = defineReminderSource({
  name: 'governance.chair_year',
  label: { 'zh-CN': '轮值主席年度开始', 'en-US': 'Chair year starting' },
  kind: 'governance.chair_year_starting',
  defaultOffsets: [0],
  deadlines: async (db, { from, to }) => {
    const years: number[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) if (day.endsWith('-01-01')) years.push(Number(day.slice(0, 4)));
    const deadlines: ReminderDeadline[] = [];
    for (const chair of await repo.chairsOfYears(db, years)) {
      deadlines.push({
        recordId: `${chair.bodyId}:${chair.year}`,
        scopeId: chair.bodyId,
        deadline: `${chair.year}-01-01`,
        recipients: [...unitRecipients(await currentMemberOrgIds(db, chair.bodyId)), ...SECRETARIAT(chair.bodyId)],
        params: { bodyName: chair.bodyName, year: chair.year, chairOrg: chair.orgName },
        link: { path: `/governance/chair?body=${chair.bodyId}`, recordType: 'body', recordId: chair.bodyId },
      });
    }
    return deadlines;
  },
});

export const GOVERNANCE_REMINDER_SOURCES: ReminderSource[] = [
  workplanTaskReminders,
  withdrawalNoticeReminders,
  officeTermReminders,
  bulletinQuotaReminders,
  chairYearReminders,
];
