/**
 * The merged catalogues the server's one error mapper and the web's forms read.
 * A module defines `<MODULE>_ERRORS` (with defineErrors) and `<MODULE>_LABELS` in its own contracts
 * file and adds them here: one import line and one spread line each.
 */
import { ADMIN_ERRORS, AUTH_ERRORS, DOCUMENT_ERRORS, type ErrorDefinition, FILE_ERRORS, KERNEL_ERRORS, ORG_ERRORS } from './errors.js';
import type { Bilingual } from './i18n.js';
import { KERNEL_LABELS } from './labels.js';
import { ACCOUNT_ERRORS, ACCOUNT_LABELS } from './accounts.js';
import { ADMIN_APPROVAL_ERRORS, ADMIN_APPROVAL_LABELS } from './admin-approvals.js';
import { AUDIT_ERRORS, AUDIT_LABELS } from './audit.js';
import { BODY_ERRORS, BODY_LABELS } from './bodies.js';
import { GOVERNANCE_RULE_ERRORS, GOVERNANCE_RULE_LABELS } from './governance-rules.js';
import { SELECTION_RULE_ERRORS, SELECTION_RULE_LABELS } from './selection-rules.js';
import { SELECTION_ERRORS, SELECTION_LABELS } from './selection/messages.js';
import { REVIEW_ERRORS, REVIEW_LABELS } from './selection/review-messages.js';
import { CHARTER_ERRORS, CHARTER_LABELS } from './governance/charter.js';
import { MEETING_ERRORS, MEETING_LABELS } from './governance/meetings.js';
import { MEMBERSHIP_ERRORS, MEMBERSHIP_LABELS } from './governance/membership.js';
import { CHAIR_ERRORS, CHAIR_LABELS } from './governance/chair.js';
import { BULLETIN_ERRORS, BULLETIN_LABELS } from './governance/bulletins.js';
import { WORKPLAN_ERRORS, WORKPLAN_LABELS } from './governance/workplan.js';
import { OFFICE_ERRORS, OFFICE_LABELS } from './governance/offices.js';
import { PROJECT_ERRORS, PROJECT_LABELS } from './governance/projects.js';
import { FINANCE_ERRORS, FINANCE_LABELS } from './governance/finance.js';
import { ACTIVITY_ERRORS, ACTIVITY_LABELS } from './governance/activities.js';
import { NOTIFICATION_ERRORS, NOTIFICATION_LABELS } from './notifications/inbox.js';
import { JOB_ERRORS } from './notifications/jobs.js';
import { REMINDER_ERRORS, REMINDER_LABELS } from './notifications/reminders.js';
import { TALENT_ERRORS, TALENT_LABELS } from './talent/messages.js';
import { REPORT_ERRORS, REPORT_LABELS } from './reports/messages.js';
import { PUBLICATION_ERRORS, PUBLICATION_LABELS } from './reports/publication.js';
import { RESOURCE_ERRORS, RESOURCE_LABELS } from './resources/messages.js';
import { CREDENTIAL_ERRORS, CREDENTIAL_LABELS } from './resources/credentials.js';
import { PEOPLE_ERRORS, PEOPLE_LABELS } from './resources/people.js';

export const ERROR_CATALOG = {
  ...KERNEL_ERRORS,
  ...ACCOUNT_ERRORS,
  ...ADMIN_APPROVAL_ERRORS,
  ...AUDIT_ERRORS,
  ...AUTH_ERRORS,
  ...ADMIN_ERRORS,
  ...ORG_ERRORS,
  ...FILE_ERRORS,
  ...DOCUMENT_ERRORS,
  ...BODY_ERRORS,
  ...GOVERNANCE_RULE_ERRORS,
  ...SELECTION_RULE_ERRORS,
  ...SELECTION_ERRORS,
  ...REVIEW_ERRORS,
  ...CHARTER_ERRORS,
  ...MEETING_ERRORS,
  ...MEMBERSHIP_ERRORS,
  ...CHAIR_ERRORS,
  ...BULLETIN_ERRORS,
  ...WORKPLAN_ERRORS,
  ...OFFICE_ERRORS,
  ...PROJECT_ERRORS,
  ...FINANCE_ERRORS,
  ...ACTIVITY_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...JOB_ERRORS,
  ...REMINDER_ERRORS,
  ...TALENT_ERRORS,
  ...REPORT_ERRORS,
  ...PUBLICATION_ERRORS,
  ...RESOURCE_ERRORS,
  ...CREDENTIAL_ERRORS,
  ...PEOPLE_ERRORS,
} satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const FIELD_LABELS: Record<string, Bilingual> = {
  ...KERNEL_LABELS,
  ...ACCOUNT_LABELS,
  ...ADMIN_APPROVAL_LABELS,
  ...AUDIT_LABELS,
  ...BODY_LABELS,
  ...GOVERNANCE_RULE_LABELS,
  ...SELECTION_RULE_LABELS,
  ...SELECTION_LABELS,
  ...REVIEW_LABELS,
  ...CHARTER_LABELS,
  ...MEETING_LABELS,
  ...MEMBERSHIP_LABELS,
  ...CHAIR_LABELS,
  ...BULLETIN_LABELS,
  ...WORKPLAN_LABELS,
  ...OFFICE_LABELS,
  ...PROJECT_LABELS,
  ...FINANCE_LABELS,
  ...ACTIVITY_LABELS,
  ...NOTIFICATION_LABELS,
  ...REMINDER_LABELS,
  ...TALENT_LABELS,
  ...REPORT_LABELS,
  ...PUBLICATION_LABELS,
  ...RESOURCE_LABELS,
  ...CREDENTIAL_LABELS,
  ...PEOPLE_LABELS,
};
