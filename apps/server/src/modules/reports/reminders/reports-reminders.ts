/**
 * The quality reports' deadlines people are reminded of (the notifications module's daily job reads them;
 * ARCHITECTURE.md, "Declare a reminder source"). A cycle states a deadline per stage of the 三级审核 (上海年报 6.4);
 * before each one, and once after it, whoever the report waits for at that stage is reminded: its 采集员 while it
 * is being filled in or was returned, its 审核员 once submitted, its 校长 once checked. A report that has got beyond
 * the stage is not reminded. Publication has no reminder: the platform keeps no record yet of a report being
 * published, so it cannot tell who is behind. A cycle keeps its own offsets under the source's name
 * (reminder_rules, scope = the cycle).
 */
import { REPORT_STAGES, REPORT_STATUSES, type ReportStage, type ReportStatus, type Role } from '@chanjiao/contracts';
import { defineReminderSource, type ReminderDeadline, type ReminderSource } from '../../notifications/index.js';
import { reportsWaitingAtStage } from './reports-reminders.repository.js';

type RemindedStage = Exclude<ReportStage, 'publish'>;

/** Who the report waits for at each stage with a reminder, and in which states it waits there. */
const STAGE_WAITS: Record<RemindedStage, { statuses: ReportStatus[]; roles: Role[] }> = {
  submit: { statuses: ['draft', 'returned'], roles: ['data_collector'] },
  review: { statuses: ['submitted'], roles: ['reviewer'] },
  approve: { statuses: ['reviewed'], roles: ['principal'] },
};

export const reportStageReminders = defineReminderSource({
  name: 'reports.stage_deadline',
  label: { 'zh-CN': '质量年报环节截止提醒', 'en-US': 'Quality report stage deadlines' },
  kind: 'reports.stage_due',
  overdueKind: 'reports.stage_overdue',
  defaultOffsets: [7, 1, -1],
  deadlines: async (db, { from, to }) => {
    const deadlines: ReminderDeadline[] = [];
    for (const stage of Object.keys(STAGE_WAITS) as RemindedStage[]) {
      const waits = STAGE_WAITS[stage];
      for (const row of await reportsWaitingAtStage(db, stage, waits.statuses, from, to)) {
        deadlines.push({
          // Per stage: a report reminded to submit is reminded again when it waits for its review.
          recordId: `${row.reportId}:${stage}`,
          scopeId: row.cycleId,
          deadline: row.deadline,
          recipients: waits.roles.map((role) => ({ role, scopeId: row.orgId })),
          params: {
            cycleTitle: row.cycleTitle,
            orgName: row.orgName,
            stage: REPORT_STAGES[stage],
            status: REPORT_STATUSES[row.status as ReportStatus],
          },
          link: { path: `/reports/${row.reportId}`, recordType: 'quality_report', recordId: row.reportId },
        });
      }
    }
    return deadlines;
  },
});

export const REPORTS_REMINDER_SOURCES: ReminderSource[] = [reportStageReminders];
