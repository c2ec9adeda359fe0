/**
 * Request validation with zod that keeps every issue, so the error mapper can name the field and say,
 * in the user's language, what to do. Field names come from the shared label dictionary.
 */
import { FIELD_LABELS, interpolate, VALIDATION_MESSAGES, type Bilingual, type Locale } from '@chanjiao/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import type { FieldProblem } from '../errors.js';

export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`invalid ${part}`);
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
  };

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function generic(issue: z.core.$ZodIssue, locale: Locale): string {
  const map = locale === 'zh-CN' ? zhCN : en;
  const produced = map(issue as never);
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
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return locale === 'zh-CN' ? '必填，请填写' : 'Required; please fill it in';
  }
  return generic(issue, locale);
}

export function fieldLabel(path: PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((segment) => typeof segment === 'string');
  const label = named ? (FIELD_LABELS as Record<string, Bilingual>)[named] : undefined;
  return label ? label[locale] : path.join('.');
}

export function describeIssues(issues: z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: {
      'zh-CN': `『${fieldLabel(issue.path, 'zh-CN')}』${issueMessage(issue, 'zh-CN')}`,
      'en-US': `“${fieldLabel(issue.path, 'en-US')}”: ${issueMessage(issue, 'en-US')}`,
    },
  }));
}
