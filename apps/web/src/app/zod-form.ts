/**
 * Forms validated in the browser with the contracts' zod schema the server validates the request with, so the
 * two can never disagree about a field, and with the server's own messages (`describeIssue`). Each field runs
 * the whole schema on the form's values (turned into the request body by `toPayload`) and shows the issues
 * whose path is its name — on change, on blur and on submit, as antd runs field rules.
 */
import type { Locale } from '@chanjiao/contracts/i18n';
import { describeIssue, issueMessage } from '@chanjiao/contracts/validation-issues';
import type { FormRule } from 'antd';
import { useMemo } from 'react';
import type { z } from 'zod';
import { type NamePath, namePathOf } from './forms';
import { useLocale } from './i18n';

export interface ZodFormOptions<Values> {
  /** The request body the form's values become (dates formatted, empty inputs left out); the values by default. */
  toPayload?: (values: Values) => unknown;
  /** The form's name for a path of the schema, where the form names a field otherwise (default: the same path). */
  nameOf?: (path: string) => NamePath;
  /**
   * What this form calls a field whose contract name is shared across the platform (`title` is a call's 遴选名称,
   * a meeting's 会议名称): keyed by the form's name path joined with dots, in the form's language.
   */
  labels?: Record<string, string>;
}

const key = (name: NamePath) => name.join('.');

/** The messages of each field, keyed by its name path joined with dots (`members.0.orgId`). */
export function fieldMessages(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  nameOf: (path: string) => NamePath = namePathOf,
  labels: Record<string, string> = {},
): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const issue of issues) {
    const field = key(nameOf(issue.path.map(String).join('.')));
    const label = labels[field];
    const text = label
      ? locale === 'zh-CN'
        ? `『${label}』${issueMessage(issue, locale)}`
        : `“${label}”: ${issueMessage(issue, locale)}`
      : describeIssue(issue, locale);
    messages.set(field, [...(messages.get(field) ?? []), text]);
  }
  return messages;
}

/** The schema a path leads to through objects, arrays and wrappers (optional, nullable, default, pipes). */
function schemaAt(schema: z.ZodType, path: NamePath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current && unwrapSchema(current);
    const def = current?._zod.def as { type?: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    if (def?.type === 'object') current = def.shape?.[segment as string];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function unwrapSchema(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
  if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
    return unwrapSchema(def.innerType);
  }
  if (def.type === 'pipe' && def.in && def.out) {
    // A preprocess is a pipe from a transform into the schema that holds the fields.
    const input = unwrapSchema(def.in);
    return input._zod.def.type === 'transform' ? unwrapSchema(def.out) : input;
  }
  return schema;
}

/** A field must be filled in when its schema refuses an absent value (the asterisk antd shows). */
export function requiredBySchema(schema: z.ZodType, name: NamePath): boolean {
  const field = schemaAt(schema, name);
  return !!field && !field.safeParse(undefined).success;
}

export function zodFieldRule<Values>(schema: z.ZodType, name: NamePath, locale: Locale, options: ZodFormOptions<Values> = {}): FormRule {
  const { toPayload = (values: Values) => values, nameOf = namePathOf, labels } = options;
  return (form) => ({
    validator: async () => {
      // reportInput, as the server parses: the message depends on what was given.
      const result = schema.safeParse(toPayload(form.getFieldsValue(true) as Values), { reportInput: true });
      if (result.success) return;
      const messages = fieldMessages(result.error.issues, locale, nameOf, labels).get(key(name));
      if (messages?.[0]) throw new Error(messages[0]);
    },
  });
}

/**
 * `const zod = useZodForm(ZOrgInput, { toPayload })` then `<Form.Item {...zod.field('name')} label=…>`: the
 * field's name, its rule and whether it is required. `zod.rules(name)` gives the rule alone (e.g. for a
 * Form.Item whose name is set elsewhere, or to add a purely UI rule beside it).
 */
export function useZodForm<Values = unknown>(schema: z.ZodType, options: ZodFormOptions<Values> = {}) {
  const locale = useLocale();
  const { toPayload, nameOf, labels } = options;
  return useMemo(() => {
    const rules = (name: string | NamePath): FormRule[] => [zodFieldRule(schema, toName(name), locale, { toPayload, nameOf, labels })];
    return {
      rules,
      field: (name: string | NamePath) => ({ name, rules: rules(name), required: requiredBySchema(schema, toName(name)) }),
    };
  }, [schema, locale, toPayload, nameOf, labels]);
}

function toName(name: string | NamePath): NamePath {
  return typeof name === 'string' ? [name] : name;
}

/**
 * The labels of a Form.List's fields, row by row (`participants.0.name` → 姓名), for `useZodForm`'s `labels`:
 * a row's field is named as the form shows it, not by the platform's usual name for the key.
 */
export function listLabels(list: string, rows: number, fields: Record<string, string>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let row = 0; row < rows; row += 1) {
    for (const [field, label] of Object.entries(fields)) labels[`${list}.${row}.${field}`] = label;
  }
  return labels;
}
