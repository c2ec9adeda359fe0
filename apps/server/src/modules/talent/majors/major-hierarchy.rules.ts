/**
 * The hierarchy of 《职业教育专业目录（2021年）》: 专业大类 (2 digits) → 专业类 (4 digits, the category's 2 and 2 more)
 * → 专业 (6 digits, the class's 4 and 2 more; some majors carry a trailing K). Each level of education numbers
 * its categories in its own range — 中职 61–79, 高职专科 41–59, 职业本科 21–39 — so a code also says its level.
 * The ranges are data (`MAJOR_LEVEL_RANGES`), read off the catalogue shipped in modules/reference/data.
 */
import { DomainError } from '../../../kernel/errors.js';

export interface LevelRange {
  level: '中职' | '高职专科' | '职业本科';
  fromCategory: number;
  toCategory: number;
}

export const MAJOR_LEVEL_RANGES: readonly LevelRange[] = [
  { level: '中职', fromCategory: 61, toCategory: 79 },
  { level: '高职专科', fromCategory: 41, toCategory: 59 },
  { level: '职业本科', fromCategory: 21, toCategory: 39 },
];

export interface MajorHierarchy {
  majorCode: string;
  classCode: string;
  categoryCode: string;
  level: LevelRange['level'];
}

const MAJOR_CODE = /^\d{6}K?$/;

/** The class, category and level a major code belongs to; a code outside the catalogue's shape is refused. */
export function majorHierarchy(code: string, ranges: readonly LevelRange[] = MAJOR_LEVEL_RANGES): MajorHierarchy {
  if (!MAJOR_CODE.test(code)) throw new DomainError('TALENT_UNKNOWN_MAJORS', { codes: code });
  const category = Number(code.slice(0, 2));
  const range = ranges.find((r) => category >= r.fromCategory && category <= r.toCategory);
  if (!range) throw new DomainError('TALENT_UNKNOWN_MAJORS', { codes: code });
  return { majorCode: code, classCode: code.slice(0, 4), categoryCode: code.slice(0, 2), level: range.level };
}

export type CodeMatch = 'exact' | 'class' | 'category';

/** How closely an offered major answers a wanted one: the same code, the same 专业类, the same 专业大类, or not at all. */
export function codeMatch(wanted: string, offered: string): CodeMatch | null {
  const a = majorHierarchy(wanted);
  const b = majorHierarchy(offered);
  if (a.majorCode === b.majorCode) return 'exact';
  if (a.classCode === b.classCode) return 'class';
  if (a.categoryCode === b.categoryCode) return 'category';
  return null;
}

/** The industry a major serves: its 专业大类 named without 大类, the same across the three levels (装备制造大类 → 装备制造). */
export function industryOf(categoryName: string): string {
  return categoryName.replace(/大类$/, '');
}

/**
 * The city of a region code (GB/T 2260): a district's first four digits and 00. A municipality's districts
 * (3101xx) belong to its 市辖区 310100, which the regions reference treats as the city.
 */
export function cityCodeOf(regionCode: string): string {
  return `${regionCode.slice(0, 4)}00`;
}
