/**
 * The rates of a quality report, computed from its counts (docs/sources.md §9 Q2): 普陀区年报 1.2 and 3.3 state them as
 * “生均教学仪器设备 6.61 万元”, “双师型教师 48 人，占专业教师数 81.4%”, “兼职教师 4 人，占专任教师 3.3%”.
 * Rounding is half-up on exact integer arithmetic, so 4 ÷ 118 is 3.4 % and never a binary-fraction accident.
 * A rate the report's text states is compared at the stated figure's own precision and flagged when it differs.
 */
import { type Bilingual, REPORT_RATES, type ReportRate, type TComputedRate, type TReportData } from '@chanjiao/contracts';

type Kind = 'percent' | 'ratio' | 'per_student_amount' | 'per_student_count';

interface RateRule {
  key: ReportRate;
  kind: Kind;
  decimals: number;
  numerator: (d: TReportData) => number | null;
  denominator: (d: TReportData) => number | null;
  formula: Bilingual;
}

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
type Count = (d: TReportData) => number | null;

/** A share in percent to one decimal, as the reports state them (“占专业教师数 81.4%”). */
const percentRate = (key: ReportRate, part: [Count, string, string], whole: [Count, string, string]): RateRule => ({
  key,
  kind: 'percent',
  decimals: 1,
  numerator: part[0],
  denominator: whole[0],
  formula: l(`${part[1]} ÷ ${whole[1]} × 100%，四舍五入保留一位小数`, `${part[2]} ÷ ${whole[2]} × 100%, rounded half up to one decimal`),
});

const FULL_TIME_TEACHERS: [Count, string, string] = [(d) => d.teachers.fullTimeTeachers, '专任教师数', 'full-time teachers'];
const PROFESSIONAL_TEACHERS: [Count, string, string] = [(d) => d.teachers.professionalTeachers, '专业教师数', 'professional teachers'];
const GRADUATES: [Count, string, string] = [(d) => d.outcomes.graduates, '毕业生数', 'graduates'];

export const RATE_RULES: RateRule[] = [
  {
    key: 'studentTeacherRatio',
    kind: 'ratio',
    decimals: 1,
    numerator: (d) => d.structure.studentsTotal,
    denominator: (d) => d.teachers.fullTimeTeachers,
    formula: l('在校学生数 ÷ 专任教师数，记作“x:1”，四舍五入保留一位小数', 'students ÷ full-time teachers, written “x:1”, rounded half up to one decimal'),
  },
  percentRate('professionalShare', PROFESSIONAL_TEACHERS, FULL_TIME_TEACHERS),
  percentRate('seniorTitleShare', [(d) => d.teachers.seniorTitleTeachers, '高级职称教师数', 'senior-title teachers'], FULL_TIME_TEACHERS),
  percentRate('masterShare', [(d) => d.teachers.masterTeachers, '硕士以上学历教师数', 'teachers with a master’s or above'], FULL_TIME_TEACHERS),
  percentRate('dualQualifiedShare', [(d) => d.teachers.dualQualifiedTeachers, '双师型教师数', 'dual-qualified teachers'], PROFESSIONAL_TEACHERS),
  percentRate('partTimeShare', [(d) => d.teachers.partTimeTeachers, '兼职教师数', 'part-time teachers'], FULL_TIME_TEACHERS),
  {
    key: 'equipmentPerStudent',
    kind: 'per_student_amount',
    decimals: 2,
    numerator: (d) => d.facilities.equipmentValue,
    denominator: (d) => d.structure.studentsTotal,
    formula: l('教学仪器设备总值（万元）÷ 在校学生数，单位万元，四舍五入保留两位小数', 'equipment value (10k yuan) ÷ students, rounded half up to two decimals'),
  },
  {
    key: 'workstationsPerStudent',
    kind: 'per_student_count',
    decimals: 2,
    numerator: (d) => d.facilities.workstations,
    denominator: (d) => d.structure.studentsTotal,
    formula: l('实训实习工位数 ÷ 在校学生数，四舍五入保留两位小数', 'training workstations ÷ students, rounded half up to two decimals'),
  },
  percentRate('matchedEmploymentRate', [(d) => d.outcomes.matchedEmployment, '对口就业人数（含升学）', 'matched employment incl. further study'], GRADUATES),
  percentRate('directEmploymentRate', [(d) => d.outcomes.directEmployment, '直接就业人数', 'direct employment'], GRADUATES),
  percentRate('furtherStudyRate', [(d) => d.outcomes.furtherStudy, '升学人数', 'further study'], GRADUATES),
];

/** Amounts carry at most two decimals: they are exact as hundredths. */
const hundredths = (value: number) => Math.round(value * 100);

/** numerator ÷ denominator (both non-negative integers) rounded half up to `decimals`, exactly. */
export function roundedQuotient(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

/** The exact quotient as integers: percent rates are ×100, amounts are in hundredths. */
function exactParts(rule: RateRule, data: TReportData): { num: number; den: number } | null {
  const numerator = rule.numerator(data);
  const denominator = rule.denominator(data);
  if (numerator === null || denominator === null || denominator === 0) return null;
  switch (rule.kind) {
    case 'percent':
      return { num: numerator * 100, den: denominator };
    case 'per_student_amount':
      return { num: hundredths(numerator), den: denominator * 100 };
    case 'ratio':
    case 'per_student_count':
      return { num: numerator, den: denominator };
  }
}

export function displayRate(kind: Kind, value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  switch (kind) {
    case 'percent':
      return `${text}%`;
    case 'ratio':
      return `${text}:1`;
    case 'per_student_amount':
      return `${text} 万元`;
    case 'per_student_count':
      return `${text} 个`;
  }
}

/** How many decimals a stated figure was written with (3.3 → 1, 62.32 → 2, 10 → 0). */
export function statedDecimals(stated: number): number {
  const text = String(stated);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 4);
}

export function computeRates(data: TReportData): TComputedRate[] {
  return RATE_RULES.map((rule) => {
    const parts = exactParts(rule, data);
    const value = parts ? roundedQuotient(parts.num, parts.den, rule.decimals) : null;
    const stated = data.statedRates[rule.key] ?? null;
    let differs = false;
    let note: Bilingual | null = null;
    if (stated !== null && parts) {
      const places = statedDecimals(stated);
      const atStatedPrecision = roundedQuotient(parts.num, parts.den, places);
      differs = atStatedPrecision !== stated;
      if (differs) {
        const computed = displayRate(rule.kind, value!, rule.decimals);
        note = l(
          `报告所载为 ${displayRate(rule.kind, stated, places)}，按所填数据计算为 ${computed}，请核对数据或更正报告文字`,
          `the report states ${displayRate(rule.kind, stated, places)}; the entered counts give ${computed} — check the counts or correct the text`,
        );
      }
    } else if (stated !== null) {
      note = l('报告载有此比例，但计算所需的数据尚未填写', 'the report states this rate, but the counts it is computed from are not entered yet');
    }
    return {
      key: rule.key,
      label: REPORT_RATES[rule.key],
      value,
      display: value === null ? null : displayRate(rule.kind, value, rule.decimals),
      formula: rule.formula,
      stated,
      differs,
      note,
    };
  });
}
