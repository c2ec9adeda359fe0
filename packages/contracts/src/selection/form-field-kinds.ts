/**
 * What kind of input each place of the 推荐书 is — text, long text, number, date, a choice, yes/no, a list — read
 * from the section schemas themselves, and what to tell the user when it is empty or too long. The server's
 * submission check and the web form share these, so a date says 请选择日期 and a figure 请填写数字 on both.
 */
import type { z } from 'zod';
import type { Bilingual, Locale } from '../i18n.js';
import type { TCallLimits } from '../selection-rules.js';
import { APPLICATION_SECTIONS, type ApplicationSection } from './application-form.js';
import { applicationFieldLabel } from './application-labels.js';
import { ZLongText } from './form-fields.js';

export type FormFieldKind = 'text' | 'longText' | 'number' | 'date' | 'choice' | 'yesNo' | 'list';
export type FormPathSegment = string | number;

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  format?: string;
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { def: SchemaDef }).def;

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional', 'readonly']);

/** The kind of one leaf schema; `null` for a schema that is not a field of the form. */
function leafKind(schema: z.ZodType): FormFieldKind | null {
  let current = schema;
  for (;;) {
    if (current === ZLongText) return 'longText';
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) {
      current = def.innerType;
      continue;
    }
    switch (def.type) {
      case 'string':
        return def.format === 'date' ? 'date' : 'text';
      case 'number':
        return 'number';
      case 'enum':
        return 'choice';
      case 'boolean':
        return 'yesNo';
      case 'array':
        return 'list';
      default:
        return null;
    }
  }
}

/** The schema at a place of a section, walking objects by key and lists by row number. */
function schemaAt(schema: z.ZodType, path: readonly FormPathSegment[]): z.ZodType | null {
  let current = schema;
  for (const segment of path) {
    let def = defOf(current);
    while (WRAPPERS.has(def.type) && def.innerType) {
      current = def.innerType;
      def = defOf(current);
    }
    if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) current = def.shape[segment];
    else if (def.type === 'array' && def.element && (typeof segment === 'number' || /^\d+$/.test(segment))) current = def.element;
    else return null;
  }
  return current;
}

/** `['summary', 'leadSchoolLevel']` → 'choice'; `['cover', 'filledOn']` → 'date'; `null` for no such place. */
export function applicationFieldKind(path: readonly FormPathSegment[]): FormFieldKind | null {
  const [section, ...rest] = path;
  const sectionSchema = APPLICATION_SECTIONS[section as ApplicationSection] as z.ZodType | undefined;
  if (!sectionSchema || rest.length === 0) return null;
  const schema = schemaAt(sectionSchema, rest);
  return schema ? leafKind(schema) : null;
}

/**
 * Lists whose length the call limits, by their place with `*` for a row: 附件3 填表说明 2 (主要服务产业不超过2个),
 * 推荐书 2 (相关专业填写5个以内). The numbers are the call's (`TCallLimits`), never written here.
 */
export const APPLICATION_LIST_LIMITS: Record<string, keyof TCallLimits> = {
  'summary.mainIndustries': 'mainServedIndustries',
  'members.schools.*.majorCodes': 'relatedMajorsPerSchool',
};

/** The call's limit on the list at `path`, or `null` when the list has none. */
export function applicationListLimit(path: readonly FormPathSegment[], limits: TCallLimits): number | null {
  const pattern = path.map((segment) => (typeof segment === 'number' || /^\d+$/.test(segment) ? '*' : segment)).join('.');
  const key = APPLICATION_LIST_LIMITS[pattern];
  return key ? limits[key] : null;
}

/** "最多填 2 项": the hint beside a limited list and the end of its messages. */
export function listLimitText(max: number): Bilingual {
  return l(`最多填 ${max} 项`, `at most ${max} entries`);
}

/** "最多填 2 项，当前 3 项". */
export function listOverLimitMessage(max: number, count: number): Bilingual {
  return l(
    `最多填 ${max} 项，当前 ${count} 项，请删去 ${count - max} 项`,
    `at most ${max} entries; there are ${count}, remove ${count - max}`,
  );
}

/** The name the form prints right at the field ("联系人姓名", "学校层次"), without its section and row. */
function fieldName(path: readonly FormPathSegment[], locale: Locale): string {
  return applicationFieldLabel(path, locale).split(' › ').at(-1)!;
}

/**
 * What an empty place must say, by its kind: 请填写联合体名称; 请填写数字，没有请填 0; 请选择日期; 请选择学校层次;
 * 请至少填 1 项（最多填 2 项）. Only long descriptions keep the form's "没有请填“无”" (推荐书 填表说明).
 */
export function missingFieldMessage(kind: FormFieldKind, path: readonly FormPathSegment[], listMax: number | null = null): Bilingual {
  const name = { 'zh-CN': fieldName(path, 'zh-CN'), 'en-US': fieldName(path, 'en-US') };
  switch (kind) {
    case 'text':
      return l(`请填写${name['zh-CN']}`, `fill in ${name['en-US']}`);
    case 'longText':
      return l(`请填写${name['zh-CN']}，没有请填“无”`, `fill in ${name['en-US']}; enter “none” if there is none`);
    case 'number':
      return l('请填写数字，没有请填 0', 'enter a number; enter 0 if there is none');
    case 'date':
      return l('请选择日期', 'pick a date');
    case 'choice':
      return l(`请选择${name['zh-CN']}`, `choose ${name['en-US']}`);
    case 'yesNo':
      return l('请选择“是”或“否”', 'choose yes or no');
    case 'list': {
      if (listMax === null) return l('请至少填 1 项', 'add at least one entry');
      const limit = listLimitText(listMax);
      return l(`请至少填 1 项，${limit['zh-CN']}`, `add at least one entry, ${limit['en-US']}`);
    }
  }
}
