/**
 * The selection's deadlines people are reminded of (the notifications module's daily job reads them;
 * ARCHITECTURE.md, "Declare a reminder source"). A call keeps its own offsets under the source's name
 * (reminder_rules, scope = the call), set by its authority.
 */
import type { Role } from '@chanjiao/contracts';
import { shanghaiDayEnd, shanghaiDayStart } from '../../../kernel/time/shanghai.js';
import { defineReminderSource, type ReminderSource } from '../../notifications/index.js';
import { unscoredReviewsDueBetween, unsubmittedApplicationsClosingBetween } from './selection-reminders.repository.js';

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

/**
 * 评分截止: an expert with assigned applications not yet scored is reminded 7 days and 1 day before the last day of
 * scoring the call's authority set in its review settings (none set: no reminder). Once the results are published
 * scoring is over, and nobody is reminded.
 */
export const scoresDueReminders = defineReminderSource({
  name: 'selection.scores_due',
  label: { 'zh-CN': '评分截止提醒', 'en-US': 'Scores due' },
  kind: 'selection.scores_due',
  defaultOffsets: [7, 1],
  deadlines: async (db, { from, to }) =>
    (await unscoredReviewsDueBetween(db, from, to)).map((row) => ({
      recordId: `${row.callId}:${row.expertId}`,
      scopeId: row.callId,
      deadline: row.dueOn,
      recipients: [{ userId: row.expertId }],
      params: { callTitle: row.callTitle, pending: row.pending },
      link: { path: '/selection/reviews', recordType: 'selection_call', recordId: row.callId },
    })),
});

export const SELECTION_REMINDER_SOURCES: ReminderSource[] = [callClosingReminders, scoresDueReminders];
