/**
 * The figures of 推荐书 section 3 (连教职函〔2026〕6号 附件1) computed from a body's placement records:
 * - 联合体内企业为学生提供实习实训量（人月）: Σ students × months over the schools' take-ups of internship and
 *   apprenticeship places (an apprentice's months in the enterprise are 实习实训 too);
 * - 教师企业实践（人月）: Σ teachers × months;
 * - 联合体内企业设立学徒岗位占岗位总量的比例（%）: apprenticeship places offered ÷ 岗位总量 × 100, where 岗位总量 is the
 *   headcount of the published positions of the job list (指标3.2 岗位清单; 指标4.6 “企业按岗位总量一定比例设立岗位”),
 *   i.e. people wanted, not the number of list entries.
 * A record counts in the calendar year its period starts. Months come in halves, so sums are exact in tenths; the
 * figures are shown with one decimal, the ratio rounded half up.
 */
import type { PlacementKind } from '@chanjiao/contracts';

export interface OfferFacts {
  orgId: string;
  kind: PlacementKind;
  places: number;
  year: number;
  takeUps: { students: number; months: number }[];
}
export interface PracticeFacts {
  enterpriseOrgId: string;
  teachers: number;
  months: number;
  year: number;
}
export interface JobFacts {
  orgId: string;
  headcount: number;
}
export interface Figures {
  year: number;
  internshipPersonMonths: number;
  teacherPersonMonths: number;
  apprenticePlaces: number;
  jobHeadcount: number;
  apprenticeRatio: number | null;
}

/** People × months in tenths of a person-month, so that 0.5-month steps add without floating-point drift. */
const tenths = (people: number, months: number) => Math.round(people * months * 10);

export function personMonths(people: number, months: number): number {
  return tenths(people, months) / 10;
}

/** 100 × numerator ÷ denominator, one decimal, half up; null without a denominator. */
export function ratioPercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * 1000) / denominator + 0.5) / 10;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function placesLeft(places: number, taken: number): number {
  return Math.max(0, places - taken);
}

export function figuresFor(year: number, offers: OfferFacts[], practices: PracticeFacts[], jobs: JobFacts[]): Figures {
  const ofYear = offers.filter((o) => o.year === year);
  const internshipTenths = ofYear.flatMap((o) => o.takeUps).reduce((sum, t) => sum + tenths(t.students, t.months), 0);
  const teacherTenths = practices.filter((p) => p.year === year).reduce((sum, p) => sum + tenths(p.teachers, p.months), 0);
  const apprenticePlaces = ofYear.filter((o) => o.kind === 'apprenticeship').reduce((sum, o) => sum + o.places, 0);
  const jobHeadcount = jobs.reduce((sum, j) => sum + j.headcount, 0);
  return {
    year,
    internshipPersonMonths: internshipTenths / 10,
    teacherPersonMonths: teacherTenths / 10,
    apprenticePlaces,
    jobHeadcount,
    apprenticeRatio: ratioPercent(apprenticePlaces, jobHeadcount),
  };
}

/** The same figures for one enterprise: its offers, the practice in it and its positions. */
export function enterpriseFigures(orgId: string, year: number, offers: OfferFacts[], practices: PracticeFacts[], jobs: JobFacts[]) {
  return figuresFor(
    year,
    offers.filter((o) => o.orgId === orgId),
    practices.filter((p) => p.enterpriseOrgId === orgId),
    jobs.filter((j) => j.orgId === orgId),
  );
}

/** The years to show: the 推荐书's 2025 and 2026 columns and every year a record starts in, ascending. */
export function figureYears(formYears: number[], offers: OfferFacts[], practices: PracticeFacts[]): number[] {
  return [...new Set([...formYears, ...offers.map((o) => o.year), ...practices.map((p) => p.year)])].sort((a, b) => a - b);
}

export const FORMULAS = {
  internship: '实习实训量（人月）= Σ 各校接收学生人数 × 月数（实习与学徒岗位均计入，按岗位开始年份归年）',
  teacher: '教师企业实践（人月）= Σ 教师人数 × 月数（按实践开始年份归年）',
  ratio: '学徒岗位占比（%）= 当年学徒岗位名额 ÷ 岗位清单已发布岗位的需求人数合计 × 100，保留一位小数（四舍五入）',
};
