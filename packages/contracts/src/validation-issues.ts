/**
 * What a failed zod check says to the user, in both languages: the field's name as users know it
 * (`FIELD_LABELS`) and what to do. The server answers a rejected request with these messages and the web
 * shows the same ones under a form's fields before sending, so the two never word a problem differently.
 */
import { z } from 'zod';
import { FIELD_LABELS } from './catalog.js';
import { interpolate, type Bilingual, type Locale } from './i18n.js';
import { VALIDATION_MESSAGES } from './labels.js';

const zodMessages: Record<Locale, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  'en-US': z.locales.en().localeError,
};

type SizeKey = keyof typeof VALIDATION_MESSAGES;

/** A number, text or list out of its bounds, in words: zod's own Chinese names the JavaScript type (“期望 number >=1”). */
function sizeKey(issue: z.core.$ZodIssue): SizeKey | null {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return null;
  const small = issue.code === 'too_small';
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    if (small) return issue.inclusive === false ? 'NUMBER_ABOVE' : 'NUMBER_AT_LEAST';
    return issue.inclusive === false ? 'NUMBER_BELOW' : 'NUMBER_AT_MOST';
  }
  if (issue.origin === 'string') return small ? 'TEXT_AT_LEAST' : 'TEXT_AT_MOST';
  if (issue.origin === 'array' || issue.origin === 'set') return small ? 'ITEMS_AT_LEAST' : 'ITEMS_AT_MOST';
  return null;
}

function sizeMessage(issue: z.core.$ZodIssue, locale: Locale): string | null {
  const key = sizeKey(issue);
  if (!key || (issue.code !== 'too_small' && issue.code !== 'too_big')) return null;
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  return interpolate(VALIDATION_MESSAGES[key][locale], { limit: String(limit) });
}

function generic(issue: z.core.$ZodIssue, locale: Locale): string {
  const produced = zodMessages[locale](issue as never);
  if (typeof produced === 'string') return produced;
  return produced?.message ?? issue.message;
}

export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  // Rules name their message either as a custom issue's params.i18n or as a message "i18n:KEY".
  const params = (issue as { params?: { i18n?: string } & Record<string, unknown> }).params;
  const key = params?.i18n ?? (issue.message.startsWith('i18n:') ? issue.message.slice(5) : undefined);
  const custom = key ? (VALIDATION_MESSAGES as Record<string, Bilingual>)[key] : undefined;
  if (custom) return interpolate(custom[locale], params);
  if (issue.code === 'invalid_format' && issue.format === 'email') {
    return VALIDATION_MESSAGES.EMAIL_FORMAT[locale];
  }
  // Nothing given (an empty field, an unchosen option): ask for it rather than list what zod expected.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && (issue as { input?: unknown }).input === undefined) {
    return locale === 'zh-CN' ? '必填，请填写' : 'Required; please fill it in';
  }
  return sizeMessage(issue, locale) ?? generic(issue, locale);
}

export function issueFieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((segment) => typeof segment === 'string');
  const label = named ? FIELD_LABELS[named] : undefined;
  return label ? label[locale] : path.map(String).join('.');
}

/** `『统一社会信用代码』校验位不正确` / `“Unified social credit code”: …` */
export function describeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const label = issueFieldLabel(issue.path, locale);
  const message = issueMessage(issue, locale);
  return locale === 'zh-CN' ? `『${label}』${message}` : `“${label}”: ${message}`;
}
