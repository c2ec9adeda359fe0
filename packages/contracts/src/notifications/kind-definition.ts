/**
 * What a notification kind is: a title and a body template in both languages, the parameters they take (zod),
 * an example of them, the module it belongs to, and how it reaches people by default. Kinds are data here,
 * keyed by event; the server renders them in each reader's language and never builds message text itself.
 */
import { z } from 'zod';
import type { Bilingual, Locale } from '../i18n.js';
import { interpolate } from '../i18n.js';
import type { Role } from '../permissions.js';

export const NOTIFICATION_MODULES = ['accounts', 'governance', 'selection', 'reports', 'talent', 'resources', 'system'] as const;
export type NotificationModule = (typeof NOTIFICATION_MODULES)[number];

/** How a user receives a kind: only in the inbox, also by e-mail at once, or in a daily e-mail digest. */
export const DELIVERY_CHANNELS = ['inbox', 'email', 'digest'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** A parameter is a plain value, or a text in both languages (a status, a result) resolved for the reader. */
export const ZBilingualParam = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export const ZParamText = z.string().min(1).max(500);
export const ZParamDate = z.iso.date();
export const ZParamCount = z.number().int();

export interface NotificationKindDefinition<P extends z.ZodObject = z.ZodObject> {
  module: NotificationModule;
  /** The kind's name on the settings page. */
  label: Bilingual;
  title: Bilingual;
  body: Bilingual;
  params: P;
  example: z.infer<P>;
  defaultChannel: DeliveryChannel;
  /** The roles that typically receive it; the settings page lists a kind to holders of these (all when absent). */
  audience?: Role[];
  /**
   * Messages addressed to a role stay open this many days for people who take the role on later; without it,
   * until the module closes them (e.g. when the application they announce has been decided).
   */
  openDays?: number;
}

export function notificationKind<P extends z.ZodObject>(definition: NotificationKindDefinition<P>): NotificationKindDefinition<P> {
  return definition;
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en-US' in value;
}

/** Fills a template with the parameters, bilingual ones in the reader's language. */
export function renderTemplate(template: Bilingual, params: Record<string, unknown>, locale: Locale): string {
  const resolved = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isBilingual(value) ? value[locale] : value]));
  return interpolate(template[locale], resolved);
}

/** The placeholders a template uses, e.g. ['meetingTitle', 'heldOn']. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
