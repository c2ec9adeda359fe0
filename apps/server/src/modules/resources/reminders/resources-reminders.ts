/**
 * The resource survey's deadline people are reminded of (the notifications module's daily job reads it;
 * ARCHITECTURE.md, "Declare a reminder source"). 工作计划 一(一): each member unit answers the body's yearly survey by
 * the round's last day; a unit that has not handed its answers in (none yet, a draft, or reopened for
 * correction) is reminded before it. Answers are taken only until that day (survey.rules.ts), so there is no
 * overdue reminder. A body keeps its own offsets under the source's name (reminder_rules, scope = the body).
 */
import { RESPONSE_STATUSES, type ResponseStatus, type Role } from '@chanjiao/contracts';
import { defineReminderSource, type ReminderSource } from '../../notifications/index.js';
import { unansweredMembersOfRoundsClosingBetween } from './resources-reminders.repository.js';

/** The roles that answer the survey for their unit (resources.survey.fill). */
const RESPONDENT_ROLES: Role[] = ['org_admin', 'data_collector'];

export const surveyDeadlineReminders = defineReminderSource({
  name: 'resources.survey_deadline',
  label: { 'zh-CN': '资源调研截止提醒', 'en-US': 'Resource survey closing' },
  kind: 'resources.survey_due',
  defaultOffsets: [7, 1],
  deadlines: async (db, { from, to }) =>
    (await unansweredMembersOfRoundsClosingBetween(db, from, to)).map((row) => ({
      recordId: `${row.roundId}:${row.orgId}`,
      scopeId: row.bodyId,
      deadline: row.deadline,
      recipients: RESPONDENT_ROLES.map((role) => ({ role, scopeId: row.orgId })),
      params: {
        surveyTitle: row.title,
        bodyName: row.bodyName,
        orgName: row.orgName,
        status: RESPONSE_STATUSES[(row.status ?? 'not_started') as ResponseStatus],
      },
      link: {
        path: `/resources/survey/${row.roundId}/${row.orgId}?body=${row.bodyId}`,
        recordType: 'resource_survey_round',
        recordId: row.roundId,
      },
    })),
});

export const RESOURCES_REMINDER_SOURCES: ReminderSource[] = [surveyDeadlineReminders];
