/**
 * Validation for the selection routes and the 推荐书 sections. Messages name the place on the form as the form
 * prints it ("3. 办学成效和服务能力 › 联合体学校整体就业率（%） › 2025年"), which the kernel's one-word labels
 * cannot: many of the form's cells share a leaf name (2025年, 人次, 名称).
 */
import {
  applicationFieldLabel,
  type Bilingual,
  CALL_FIELD_LABELS,
  FIELD_LABELS,
  interpolate,
  type Locale,
  SELECTION_RULE_VALIDATION_MESSAGES,
  SELECTION_VALIDATION_MESSAGES,
} from '@chanjiao/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { DomainError, type FieldProblem } from '../../kernel/errors.js';
import { issueMessage } from '../../kernel/http/validation.js';

const MESSAGES: Record<string, Bilingual> = { ...SELECTION_VALIDATION_MESSAGES, ...SELECTION_RULE_VALIDATION_MESSAGES };

function message(issue: z.core.$ZodIssue, locale: Locale): string {
  const params = (issue as { params?: { i18n?: string } & Record<string, unknown> }).params;
  const key = params?.i18n ?? (issue.message.startsWith('i18n:') ? issue.message.slice(5) : undefined);
  const own = key ? MESSAGES[key] : undefined;
  return own ? interpolate(own[locale], params) : issueMessage(issue, locale);
}

function requestFieldLabel(path: PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  const label = named ? (CALL_FIELD_LABELS[named] ?? FIELD_LABELS[named]) : undefined;
  return label ? label[locale] : path.map(String).join('.');
}

/** Field problems of a zod failure; `prefix` places a section's issues on the form ("overview", …). */
export function describeSelectionIssues(issues: z.core.$ZodIssue[], prefix?: string): FieldProblem[] {
  return issues.map((issue) => {
    const path = prefix ? [prefix, ...issue.path] : issue.path;
    const label = (locale: Locale) =>
      prefix
        ? applicationFieldLabel(
            path.map((p) => (typeof p === 'number' ? p : String(p))),
            locale,
          )
        : requestFieldLabel(path, locale);
    return {
      path: path.map(String).join('.'),
      message: { 'zh-CN': `『${label('zh-CN')}』${message(issue, 'zh-CN')}`, 'en-US': `“${label('en-US')}”: ${message(issue, 'en-US')}` },
    };
  });
}

/** Parses one section's data or throws VALIDATION_FAILED naming every wrong cell. */
export function parseSection<T extends z.ZodType>(schema: T, section: string, data: unknown): z.infer<T> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new DomainError('VALIDATION_FAILED', { part: section }, describeSelectionIssues(result.error.issues, section));
  return result.data;
}

/** The route-level validator of the selection routes: the kernel's behaviour with the selection's labels. */
export function selectionValidator<S>({ schema, httpPart }: Parameters<FastifySchemaCompiler<S>>[0]): ReturnType<FastifySchemaCompiler<S>> {
  return (data) => {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new DomainError('VALIDATION_FAILED', { part: httpPart ?? 'body' }, describeSelectionIssues(result.error.issues)) };
  };
}
