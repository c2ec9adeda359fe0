/**
 * Use cases of one's notification settings — per kind: inbox only, e-mail at once, or a daily digest; the
 * address and language of e-mails — and of the unsubscribe link in every e-mail.
 */
import {
  type DeliveryChannel,
  EMAIL_TEXTS,
  isNotificationKind,
  type Locale,
  maskEmail,
  NOTIFICATION_KIND_NAMES,
  notificationKindOf,
  type Role,
  type TNotificationSettings,
  type TNotificationSettingsUpdate,
  type TUnsubscribeResult,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { readerOf } from '../inbox/inbox.repository.js';
import { DIGEST_TOKEN_KIND, readUnsubscribeToken } from '../email/unsubscribe-token.js';
import * as repo from './preferences.repository.js';

const USER = bilingual('用户', 'user');

async function contactOf(deps: AppDeps, userId: string): Promise<repo.MailContact> {
  const contact = (await repo.mailContacts(deps.database.db, [userId])).get(userId);
  if (!contact) throw notFound(USER);
  return contact;
}

/** The kinds a user may receive: those meant for a role the user holds, and those meant for everyone. */
function kindsFor(roles: Role[]) {
  return NOTIFICATION_KIND_NAMES.filter((kind) => {
    const audience = notificationKindOf(kind).audience;
    return !audience || audience.some((role) => roles.includes(role));
  });
}

export async function getSettings(deps: AppDeps, userId: string, locale: Locale): Promise<TNotificationSettings> {
  const db = deps.database.db;
  const [contact, chosen, reader] = await Promise.all([contactOf(deps, userId), repo.channelsOfUser(db, userId), readerOf(db, userId)]);
  const roles = reader.roleKeys.map((key) => key.split(':')[0] as Role);
  return {
    emailEnabled: !!deps.config.smtp,
    email: contact.email,
    emailLocale: contact.locale === 'en-US' ? 'en-US' : 'zh-CN',
    kinds: kindsFor(roles).map((kind) => {
      const definition = notificationKindOf(kind);
      return {
        kind,
        module: definition.module,
        label: definition.label[locale],
        channel: chosen.get(kind) ?? definition.defaultChannel,
        defaultChannel: definition.defaultChannel,
      };
    }),
  };
}

export async function updateSettings(
  deps: AppDeps,
  actor: Actor,
  userId: string,
  input: TNotificationSettingsUpdate,
  now: Date,
  locale: Locale,
) {
  const db = deps.database.db;
  const contact = await contactOf(deps, userId);
  const channels = Object.entries(input.channels ?? {}) as [string, DeliveryChannel][];
  for (const [kind] of channels) if (!isNotificationKind(kind)) throw new DomainError('NOTIFICATION_KIND_UNKNOWN', { kind });
  const email = input.email === undefined ? contact.email : input.email;
  const needsAddress = channels.find(([, channel]) => channel !== 'inbox');
  if (needsAddress && !email) {
    throw new DomainError('EMAIL_REQUIRED_FOR_CHANNEL', { kind: notificationKindOf(needsAddress[0] as never).label }, [
      { path: 'email', message: bilingual('请填写电子邮箱', 'Enter an e-mail address') },
    ]);
  }
  await db.transaction(async (tx) => {
    if (input.email !== undefined || input.emailLocale) {
      await repo.updateContact(tx, userId, { email: input.email, preferredLocale: input.emailLocale }, now);
    }
    await repo.setChannels(tx, userId, channels, now);
    await recordAudit(tx, actor, {
      action: 'notifications.settings.update',
      entityType: 'user',
      entityId: userId,
      details: {
        channels: Object.fromEntries(channels),
        ...(input.email !== undefined && input.email !== contact.email
          ? { email: [maskEmail(contact.email), maskEmail(input.email)] }
          : {}),
        ...(input.emailLocale ? { emailLocale: input.emailLocale } : {}),
      },
    });
  });
  return getSettings(deps, userId, locale);
}

function readToken(deps: AppDeps, token: string) {
  const read = readUnsubscribeToken(deps.secretKey, token);
  if (!read || (read.kind !== DIGEST_TOKEN_KIND && !isNotificationKind(read.kind))) throw new DomainError('UNSUBSCRIBE_LINK_INVALID');
  return read;
}

const kindLabel = (kind: string, locale: Locale) =>
  kind === DIGEST_TOKEN_KIND ? EMAIL_TEXTS.digestKind[locale] : notificationKindOf(kind as never).label[locale];

/** What an unsubscribe link would switch off, shown before the person confirms. */
export async function describeUnsubscribe(deps: AppDeps, token: string, locale: Locale): Promise<TUnsubscribeResult> {
  const { userId, kind } = readToken(deps, token);
  const contact = await contactOf(deps, userId);
  return { kindLabel: kindLabel(kind, locale), username: contact.username };
}

/** Switches e-mails of the link's kind off (the messages stay in the inbox); the daily-digest link ends the digest. */
export async function unsubscribe(deps: AppDeps, actor: Actor, token: string, now: Date, locale: Locale): Promise<TUnsubscribeResult> {
  const { userId, kind } = readToken(deps, token);
  const contact = await contactOf(deps, userId);
  await deps.database.db.transaction(async (tx) => {
    if (kind === DIGEST_TOKEN_KIND) await repo.replaceChannel(tx, userId, 'digest', 'inbox', now);
    else await repo.setChannels(tx, userId, [[kind, 'inbox']], now);
    await recordAudit(tx, actor, { action: 'notifications.unsubscribe', entityType: 'user', entityId: userId, details: { kind } });
  });
  return { kindLabel: kindLabel(kind, locale), username: contact.username };
}
