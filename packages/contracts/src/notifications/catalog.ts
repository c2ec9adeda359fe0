/**
 * Every notification kind, merged from the modules' files (one import and one spread line each). A coming
 * module (talent exchange) adds `<module>-kinds.ts` beside these.
 */
import type { z } from 'zod';
import type { Locale } from '../i18n.js';
import { ACCOUNT_NOTIFICATION_KINDS } from './account-kinds.js';
import { GOVERNANCE_NOTIFICATION_KINDS } from './governance-kinds.js';
import { type NotificationKindDefinition, renderTemplate } from './kind-definition.js';
import { REPORTS_NOTIFICATION_KINDS } from './reports-kinds.js';
import { RESOURCES_NOTIFICATION_KINDS } from './resources-kinds.js';
import { SELECTION_NOTIFICATION_KINDS } from './selection-kinds.js';
import { SYSTEM_NOTIFICATION_KINDS } from './system-kinds.js';

export const NOTIFICATION_KINDS = {
  ...ACCOUNT_NOTIFICATION_KINDS,
  ...GOVERNANCE_NOTIFICATION_KINDS,
  ...SELECTION_NOTIFICATION_KINDS,
  ...REPORTS_NOTIFICATION_KINDS,
  ...RESOURCES_NOTIFICATION_KINDS,
  ...SYSTEM_NOTIFICATION_KINDS,
} satisfies Record<string, NotificationKindDefinition>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** The parameters a kind's templates take, typed from its zod schema. */
export type NotificationParams<K extends NotificationKind> = z.input<(typeof NOTIFICATION_KINDS)[K]['params']>;

export function isNotificationKind(name: string): name is NotificationKind {
  return name in NOTIFICATION_KINDS;
}

export function notificationKindOf(kind: NotificationKind): NotificationKindDefinition {
  return NOTIFICATION_KINDS[kind] as NotificationKindDefinition;
}

/** A message's title and body in the reader's language. */
export function renderNotification(
  kind: NotificationKind,
  params: Record<string, unknown>,
  locale: Locale,
): { title: string; body: string } {
  const definition = notificationKindOf(kind);
  return { title: renderTemplate(definition.title, params, locale), body: renderTemplate(definition.body, params, locale) };
}
