/**
 * What a quality report's counts must satisfy beyond their own type (docs/sources.md §9 Q2 “parts not exceeding wholes”):
 * the parts 普陀区年报 3.3 reports of its 专任教师 (“专业教师 59 人、基础教师 59 人”, 双师型 of 专业教师) and of its
 * graduates (对口就业、直接就业、升学 of 毕业生), and the counts a submission must hold. Drafts are saved with their
 * problems; submission is refused until none is left.
 */
import { type Bilingual, REPORT_LABELS, type ReportSection, type TReportData, type TReportProblem } from '@chanjiao/contracts';

type CountPath = { [S in ReportSection]: [S, keyof TReportData[S] & string] }[ReportSection];

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const labelOf = (path: CountPath) => REPORT_LABELS[path[1]]!;
const valueAt = (data: TReportData, path: CountPath) => (data[path[0]] as Record<string, unknown>)[path[1]] as number | null;

/** A part (or the sum of parts) that cannot exceed its whole; the problem is placed on the last part. */
export interface PartRule {
  parts: CountPath[];
  whole: CountPath;
}

export const PART_RULES: PartRule[] = [
  { parts: [['structure', 'newIntake']], whole: ['structure', 'studentsTotal'] },
  { parts: [['teachers', 'fullTimeTeachers']], whole: ['structure', 'staffInPost'] },
  { parts: [['teachers', 'professionalTeachers'], ['teachers', 'foundationTeachers']], whole: ['teachers', 'fullTimeTeachers'] },
  { parts: [['teachers', 'seniorTitleTeachers']], whole: ['teachers', 'fullTimeTeachers'] },
  { parts: [['teachers', 'masterTeachers']], whole: ['teachers', 'fullTimeTeachers'] },
  { parts: [['teachers', 'dualQualifiedTeachers']], whole: ['teachers', 'professionalTeachers'] },
  { parts: [['outcomes', 'matchedEmployment']], whole: ['outcomes', 'graduates'] },
  { parts: [['outcomes', 'directEmployment'], ['outcomes', 'furtherStudy']], whole: ['outcomes', 'graduates'] },
  { parts: [['cooperation', 'interns']], whole: ['structure', 'studentsTotal'] },
  { parts: [['cooperation', 'orderClassStudents']], whole: ['structure', 'studentsTotal'] },
];

/** The counts without which the report's tables (表1) and rates cannot be built. */
export const REQUIRED_FOR_SUBMISSION: CountPath[] = [
  ['structure', 'studentsTotal'],
  ['structure', 'staffInPost'],
  ['structure', 'majorsSecondary'],
  ['teachers', 'fullTimeTeachers'],
  ['teachers', 'professionalTeachers'],
  ['teachers', 'dualQualifiedTeachers'],
  ['outcomes', 'graduates'],
  ['outcomes', 'matchedEmployment'],
];

export function partProblems(data: TReportData, rules: PartRule[] = PART_RULES): TReportProblem[] {
  return rules.flatMap((rule): TReportProblem[] => {
    const whole = valueAt(data, rule.whole);
    const parts = rule.parts.map((path) => valueAt(data, path));
    // A sum is checked once any of its parts is entered; an unentered part counts as 0.
    if (whole === null || parts.every((v) => v === null)) return [];
    const sum = parts.reduce<number>((total, v) => total + (v ?? 0), 0);
    if (sum <= whole) return [];
    const at = [...rule.parts].reverse().find((path) => valueAt(data, path) !== null)!;
    const wholeLabel = labelOf(rule.whole);
    if (rule.parts.length === 1) {
      const label = labelOf(rule.parts[0]!);
      return [
        {
          path: [...at],
          message: l(
            `『${label['zh-CN']}』（${sum}）不能多于『${wholeLabel['zh-CN']}』（${whole}）`,
            `“${label['en-US']}” (${sum}) cannot exceed “${wholeLabel['en-US']}” (${whole})`,
          ),
        },
      ];
    }
    const zh = rule.parts.map((p) => `『${labelOf(p)['zh-CN']}』`).join('与');
    const en = rule.parts.map((p) => `“${labelOf(p)['en-US']}”`).join(' and ');
    return [
      {
        path: [...at],
        message: l(
          `${zh}之和（${parts.map((v) => v ?? 0).join(' + ')} = ${sum}）不能多于『${wholeLabel['zh-CN']}』（${whole}）`,
          `${en} together (${parts.map((v) => v ?? 0).join(' + ')} = ${sum}) cannot exceed “${wholeLabel['en-US']}” (${whole})`,
        ),
      },
    ];
  });
}

export function missingProblems(data: TReportData, required: CountPath[] = REQUIRED_FOR_SUBMISSION): TReportProblem[] {
  return required
    .filter((path) => valueAt(data, path) === null)
    .map((path) => ({
      path: [...path],
      message: l(`『${labelOf(path)['zh-CN']}』提交前须填写（没有请填 0）`, `“${labelOf(path)['en-US']}” must be filled in before submission (enter 0 if none)`),
    }));
}

export function formProblems(data: TReportData): TReportProblem[] {
  return [...partProblems(data), ...missingProblems(data)];
}

/** Every field path of the form a reviewer may comment on ("teachers.dualQualifiedTeachers"). */
export function commentableFields(data: TReportData): Set<string> {
  const paths = new Set<string>();
  for (const [section, fields] of Object.entries(data)) {
    if (section === 'statedRates') continue;
    for (const field of Object.keys(fields as object)) paths.add(`${section}.${field}`);
  }
  return paths;
}
