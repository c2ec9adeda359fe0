/**
 * The merged catalogues the server's one error mapper and the web's forms read.
 * A module defines `<MODULE>_ERRORS` (with defineErrors) and `<MODULE>_LABELS` in its own contracts
 * file and adds them here: one import line and one spread line each.
 */
import { ADMIN_ERRORS, AUTH_ERRORS, type ErrorDefinition, FILE_ERRORS, KERNEL_ERRORS, ORG_ERRORS } from './errors.js';
import type { Bilingual } from './i18n.js';
import { KERNEL_LABELS } from './labels.js';
import { ACCOUNT_ERRORS, ACCOUNT_LABELS } from './accounts.js';
import { AUDIT_ERRORS, AUDIT_LABELS } from './audit.js';
import { BODY_ERRORS, BODY_LABELS } from './bodies.js';
import { GOVERNANCE_RULE_ERRORS, GOVERNANCE_RULE_LABELS } from './governance-rules.js';
import { SELECTION_RULE_ERRORS, SELECTION_RULE_LABELS } from './selection-rules.js';

export const ERROR_CATALOG = {
  ...KERNEL_ERRORS,
  ...ACCOUNT_ERRORS,
  ...AUDIT_ERRORS,
  ...AUTH_ERRORS,
  ...ADMIN_ERRORS,
  ...ORG_ERRORS,
  ...FILE_ERRORS,
  ...BODY_ERRORS,
  ...GOVERNANCE_RULE_ERRORS,
  ...SELECTION_RULE_ERRORS,
} satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const FIELD_LABELS: Record<string, Bilingual> = {
  ...KERNEL_LABELS,
  ...ACCOUNT_LABELS,
  ...AUDIT_LABELS,
  ...BODY_LABELS,
  ...GOVERNANCE_RULE_LABELS,
  ...SELECTION_RULE_LABELS,
};
