/**
 * Rules of the resource survey (2026年重点工作项目计划 一(一) 资源调研, 2026年1-6月; 章程第十八条(三) members provide
 * their resource information): when answers are taken, the state of a member's answers, what counts as answered,
 * the consistency of the figures, and the prefill from the previous year.
 */
import {
  type ResponseStatus,
  SURVEY_SECTIONS,
  type SurveySection,
  type TCompleteness,
  type TrainingMode,
  type TSurveyContent,
} from '@chanjiao/contracts';
import type { Bilingual } from '@chanjiao/contracts';

export type ResponseAction = 'save' | 'submit' | 'accept' | 'reopen';

/**
 * Who moves a member's answers where: the member saves and submits; the secretariat accepts a submission, which
 * locks it, or reopens a submitted or accepted one with a reason, after which the member corrects and submits again.
 */
const TRANSITIONS: Record<ResponseAction, Partial<Record<ResponseStatus, ResponseStatus>>> = {
  save: { not_started: 'draft', draft: 'draft', reopened: 'reopened' },
  submit: { not_started: 'submitted', draft: 'submitted', reopened: 'submitted' },
  accept: { submitted: 'accepted' },
  reopen: { submitted: 'reopened', accepted: 'reopened' },
};

export function statusAfter(status: ResponseStatus, action: ResponseAction): ResponseStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/**
 * Whether a member may still save or submit. The round's deadline is a date (Asia/Shanghai) and is included
 * (民法典第一千二百五十九条: 以前 includes the day itself). Answers the secretariat reopened for correction are taken after the
 * deadline too: the correction was asked for.
 */
export function answersTaken(today: string, deadline: string, status: ResponseStatus): boolean {
  if (status === 'reopened') return true;
  return today <= deadline;
}

/** A section is answered when it has a row or the unit declares it has nothing to report (本单位无). */
export function completeness(sections: readonly SurveySection[], content: TSurveyContent): TCompleteness {
  const answered = sections.filter((section) => content[section].length > 0 || content.noneToReport.includes(section));
  const missing = sections.filter((section) => !answered.includes(section));
  const percent = sections.length === 0 ? 100 : Math.floor((answered.length * 100) / sections.length);
  return { answered, missing, percent };
}

/** Grades a mode runs: 中职 3, 高职 3, 职业本科 4, 五年一贯制 5, 中高职贯通 (3+3) 6, 中本贯通 (3+4) 7. */
export const MODE_GRADES: Record<TrainingMode, number> = {
  secondary: 3,
  higher: 3,
  bachelor: 4,
  five_year: 5,
  secondary_higher: 6,
  secondary_bachelor: 7,
};

export interface ContentProblem {
  /** Where in the content: section, row (from 1) and field. */
  section: SurveySection;
  row: number;
  field: string;
  message: Bilingual;
}

const problem = (section: SurveySection, row: number, field: string, zh: string, en: string): ContentProblem => ({
  section,
  row,
  field,
  message: { 'zh-CN': zh, 'en-US': en },
});

function duplicates<T>(rows: T[], key: (row: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  rows.forEach((row, index) => {
    const k = key(row);
    if (seen.has(k)) repeated.push(index + 1);
    seen.add(k);
  });
  return repeated;
}

/**
 * Figures that contradict each other (docs/sources.md §9 (rates and stated figures): values are checked as they are entered): parts of the full-time teachers
 * larger than the whole, more grades than the mode runs, an agreement ending before it starts, a row entered twice, rows in
 * a section declared empty.
 */
export function contentProblems(content: TSurveyContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  content.majors.forEach((major, index) => {
    const grades = MODE_GRADES[major.mode];
    if (major.studentsPerGrade.length > grades) {
      problems.push(
        problem(
          'majors',
          index + 1,
          'studentsPerGrade',
          `填了 ${major.studentsPerGrade.length} 个年级，该培养层次只有 ${grades} 个年级`,
          `has ${major.studentsPerGrade.length} grades; the mode runs ${grades}`,
        ),
      );
    }
  });
  for (const row of duplicates(content.majors, (m) => `${m.majorCode}/${m.mode}`)) {
    problems.push(problem('majors', row, 'majorCode', '同一专业、同一培养层次重复填写', 'the same major and mode is entered twice'));
  }
  content.teachers.forEach((t, index) => {
    for (const field of ['seniorTitle', 'postgraduate', 'dualQualified'] as const) {
      if (t[field] > t.fullTime) {
        problems.push(
          problem(
            'teachers',
            index + 1,
            field,
            `${t[field]} 人多于专任专业教师 ${t.fullTime} 人`,
            `${t[field]} is more than the ${t.fullTime} full-time teachers`,
          ),
        );
      }
    }
  });
  for (const row of duplicates(content.teachers, (t) => t.classCode)) {
    problems.push(problem('teachers', row, 'classCode', '同一专业类重复填写', 'the same major class is entered twice'));
  }
  content.partners.forEach((p, index) => {
    if (p.agreementTo && p.agreementTo < p.agreementFrom) {
      problems.push(problem('partners', index + 1, 'agreementTo', '协议结束日期早于开始日期', 'the agreement ends before it starts'));
    }
  });
  for (const row of duplicates(content.partners, (p) => p.uscc)) {
    problems.push(
      problem('partners', row, 'uscc', '同一企业（统一社会信用代码）重复填写', 'the same enterprise (credit code) is entered twice'),
    );
  }
  for (const section of content.noneToReport) {
    if (content[section].length > 0) {
      const name = SURVEY_SECTIONS[section];
      problems.push(
        problem(
          section,
          1,
          'noneToReport',
          `“${name['zh-CN']}”勾选了“本单位无”却填了内容`,
          `“${name['en-US']}” is marked nothing to report but has rows`,
        ),
      );
    }
  }
  return problems;
}

/** 双师型比例 = 双师型教师 ÷ 专任专业教师 (docs/sources.md §9 (rates and stated figures): rates come from their counts), null without teachers. */
export function dualQualifiedShare(teachers: TSurveyContent['teachers']): number | null {
  const fullTime = teachers.reduce((sum, t) => sum + t.fullTime, 0);
  if (fullTime === 0) return null;
  return teachers.reduce((sum, t) => sum + t.dualQualified, 0) / fullTime;
}

/**
 * A new year's answers start from the unit's answers of the previous round (工作计划: a 动态 database, updated
 * yearly): the sections this round asks for are copied, the others are left empty.
 */
export function prefillContent(previous: TSurveyContent | null, sections: readonly SurveySection[]): TSurveyContent {
  const empty: TSurveyContent = { majors: [], teachers: [], bases: [], partners: [], courses: [], noneToReport: [] };
  if (!previous) return empty;
  return {
    majors: sections.includes('majors') ? previous.majors : [],
    teachers: sections.includes('teachers') ? previous.teachers : [],
    bases: sections.includes('bases') ? previous.bases : [],
    partners: sections.includes('partners') ? previous.partners : [],
    courses: sections.includes('courses') ? previous.courses : [],
    noneToReport: previous.noneToReport.filter((section) => sections.includes(section)),
  };
}
