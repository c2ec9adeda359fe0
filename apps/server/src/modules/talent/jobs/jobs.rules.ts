/**
 * The job list's dynamic adjustment (连教职函〔2026〕6号 附件1 指标3.2 “建立联合体内企业岗位清单动态调整机制，学校根据企业岗位变化调整
 * 优化人才培养方案”): every adjustment is kept as the list of fields it changed, from what to what, so that a school
 * reads what changed in a position, not only how it stands now.
 */
import type { ListEntryStatus, TTalentJobFieldChange } from '@chanjiao/contracts';

export interface JobContent {
  position: string;
  occupation: string;
  occupationCode: string | null;
  majorCodes: string[];
  educationLevel: string;
  headcount: number;
  duties: string | null;
  validUntil: string | null;
}

const FIELDS: (keyof JobContent)[] = [
  'position',
  'occupation',
  'occupationCode',
  'majorCodes',
  'educationLevel',
  'headcount',
  'duties',
  'validUntil',
];

function text(value: JobContent[keyof JobContent]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

/** The fields whose value differs, in the form's order; wanted majors compare in their ranked order. */
export function jobChanges(before: JobContent, after: JobContent): TTalentJobFieldChange[] {
  return FIELDS.filter((field) => text(before[field]) !== text(after[field])).map((field) => ({
    field,
    before: text(before[field]),
    after: text(after[field]),
  }));
}

/** The first version of a position, as the changes from nothing. */
export function jobCreation(after: JobContent): TTalentJobFieldChange[] {
  return FIELDS.filter((field) => text(after[field]) !== '').map((field) => ({ field, before: '', after: text(after[field]) }));
}

/**
 * A position is adjusted while it is a draft or published — the point of 动态调整 is that a published position
 * changes and the schools see how; a withdrawn or expired one has ended.
 */
export function isAdjustable(status: ListEntryStatus): boolean {
  return status === 'draft' || status === 'published';
}
