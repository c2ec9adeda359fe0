/**
 * The selection's deadlines people are reminded of (the notifications module's daily job reads them;
 * ARCHITECTURE.md, "Declare a reminder source"). A call keeps its own offsets under the source's name
 * (reminder_rules, scope = the call), set by its authority.
 */
import type { Role } from '@chanjiao/contracts';
import { shanghaiDayEnd, shanghaiDayStart } from '../../../kernel/time/shanghai.js';
import { defineReminderSource, type ReminderSource } from '../../notifications/index.js';
import { unsubmittedApplicationsClosingBetween } from './selection-reminders.repository.js';

const APPLICANT_ROLES: Role[] = ['org_admin', 'data_collector'];

/** 申报截止: an applicant whose 推荐书 is still a draft (or back for correction) is reminded 7 days and 1 day before. */
export const callClosingReminders = defineReminderSource({
  name: 'selection.call_closing',
  label: { 'zh-CN': '申报截止提醒', 'en-US': 'Call closing' },
  kind: 'selection.call_closing',
  defaultOffsets: [7, 1],
  deadlines: async (db, { from, to }) =>
    (await unsubmittedApplicationsClosingBetween(db, shanghaiDayStart(from), shanghaiDayEnd(to))).map((row) => ({
      recordId: row.applicationId,
      scopeId: row.callId,
      // An instant: the reminder counts days to the deadline's date in Shanghai.
      deadline: row.deadlineAt,
      recipients: APPLICANT_ROLES.map((role) => ({ role, scopeId: row.applicantOrgId })),
      params: { callTitle: row.callTitle, applicationName: row.applicationName },
      link: { path: `/selection/applications/${row.applicationId}`, recordType: 'selection_application', recordId: row.applicationId },
    })),
});

export const SELECTION_REMINDER_SOURCES: ReminderSource[] = [callClosingReminders];
