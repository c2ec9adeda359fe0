/**
 * Rules of 附件2 推荐书 that a section's own schema cannot see: character limits the call sets, figures that
 * must agree with each other, limits on counts, and what submission requires. Problems are reported with the
 * place on the form; drafts are saved with them, submission is refused until none is left.
 */
import {
  applicationFieldKind,
  applicationListLimit,
  type ApplicationUnitPlace,
  type Bilingual,
  listOverLimitMessage,
  missingFieldMessage,
  type RecommendationTextField,
  type TApplicationContent,
  type TCallLimits,
  type TTextLimits,
  type TUnitRef,
} from '@chanjiao/contracts';
import { textsOverLimit } from './characters.rules.js';

export type FormPath = (string | number)[];

export interface FormProblem {
  path: FormPath;
  kind: 'missing' | 'invalid';
  message: Bilingual;
}

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** Where each limited text lives on the form; two-cell texts have one cell per year. */
const TEXT_PLACES: Record<RecommendationTextField, FormPath> = {
  parkLeadingIndustries: ['overview', 'parkLeadingIndustries'],
  localPolicies: ['overview', 'localPolicies'],
  teachingTeamAwards: ['effectiveness', 'teachingTeamAwards'],
  talentPlatform: ['effectiveness', 'talentPlatform'],
  newPractices: ['effectiveness', 'newPractices'],
  skillsCompetitionAwards: ['effectiveness', 'skillsCompetitionAwards'],
  constructionPlan: ['plan', 'constructionPlan'],
  featuresAndInnovation: ['features', 'featuresAndInnovation'],
};
const YEAR_CELLS = ['y2025', 'y2026'] as const;

function textsOf(content: TApplicationContent) {
  const e = content.effectiveness;
  return {
    parkLeadingIndustries: content.overview.parkLeadingIndustries,
    localPolicies: content.overview.localPolicies,
    teachingTeamAwards: e.teachingTeamAwards,
    talentPlatform: [e.talentPlatform.y2025 ?? '', e.talentPlatform.y2026 ?? ''],
    newPractices: [e.newPractices.y2025 ?? '', e.newPractices.y2026 ?? ''],
    skillsCompetitionAwards: e.skillsCompetitionAwards,
    constructionPlan: content.plan.constructionPlan,
    featuresAndInnovation: content.features.featuresAndInnovation,
  };
}

/** "不超过200字", "2500字以内" — with the call's limits, counted in characters (docs/sources.md 5.1). */
export function textLimitProblems(content: TApplicationContent, limits: TTextLimits): FormProblem[] {
  return textsOverLimit(textsOf(content), limits).map((over) => ({
    path: over.cell === null ? TEXT_PLACES[over.field] : [...TEXT_PLACES[over.field], YEAR_CELLS[over.cell]!],
    kind: 'invalid',
    message: l(
      `最多 ${over.limit} 字，当前 ${over.count} 字，请精简 ${over.count - over.limit} 字`,
      `at most ${over.limit} characters; it has ${over.count}, remove ${over.count - over.limit}`,
    ),
  }));
}

/** 推荐书 1 秘书处情况: 人员总数 = 专职人数 + 兼职人数. */
export function staffProblems(content: TApplicationContent): FormProblem[] {
  const { staffTotal, fullTime, partTime } = content.overview.secretariat;
  if (staffTotal === null || fullTime === null || partTime === null || fullTime + partTime === staffTotal) return [];
  return [
    {
      path: ['overview', 'secretariat', 'staffTotal'],
      kind: 'invalid',
      message: l(
        `应等于专职人数与兼职人数之和：${fullTime} + ${partTime} = ${fullTime + partTime}，当前填写 ${staffTotal}`,
        `must equal full-time plus part-time staff: ${fullTime} + ${partTime} = ${fullTime + partTime}, not ${staffTotal}`,
      ),
    },
  ];
}

/** 推荐书 2 联合体学校情况: 相关专业填写5个以内; students in related majors are among all students. */
export function memberProblems(content: TApplicationContent, limits: TCallLimits): FormProblem[] {
  return content.members.schools.flatMap((school, row): FormProblem[] => {
    const problems: FormProblem[] = [];
    if (school.majorCodes.length > limits.relatedMajorsPerSchool) {
      problems.push({
        path: ['members', 'schools', row, 'majorCodes'],
        kind: 'invalid',
        message: listOverLimitMessage(limits.relatedMajorsPerSchool, school.majorCodes.length),
      });
    }
    if (school.students !== null && school.relatedStudents !== null && school.relatedStudents > school.students) {
      problems.push({
        path: ['members', 'schools', row, 'relatedStudents'],
        kind: 'invalid',
        message: l(
          `不能多于学生总人数（${school.students}），当前 ${school.relatedStudents}`,
          `cannot exceed the school’s students (${school.students}); it is ${school.relatedStudents}`,
        ),
      });
    }
    return problems;
  });
}

/** 附件3 填表说明 2: 联合体主要服务产业不超过 2 个. */
export function summaryProblems(content: TApplicationContent, limits: TCallLimits): FormProblem[] {
  const count = content.summary.mainIndustries.length;
  if (count <= limits.mainServedIndustries) return [];
  return [
    {
      path: ['summary', 'mainIndustries'],
      kind: 'invalid',
      message: listOverLimitMessage(limits.mainServedIndustries, count),
    },
  ];
}

/** Places that may stay empty when submitting: directory links, credit codes, seals, the remarks column. */
const OPTIONAL_LEAVES = new Set(['orgId', 'uscc', 'sealFileId']);
const OPTIONAL_PATHS = [/^members\.others\.\d+\.note$/, /^commitment\.authorityOpinion$/, /^commitment\.authoritySignatory\./];

function isOptional(path: FormPath): boolean {
  const leaf = path[path.length - 1];
  if (typeof leaf === 'string' && OPTIONAL_LEAVES.has(leaf)) return true;
  const joined = path.join('.');
  return OPTIONAL_PATHS.some((pattern) => pattern.test(joined));
}

/** Member tables that need at least one row (推荐书 2: 所有企业均填写, 所有学校均填写). */
const NON_EMPTY_LISTS = ['summary.mainIndustries', 'members.enterprises', 'members.schools', 'members.schools.*.majorCodes'];

function listRequired(path: FormPath): boolean {
  const pattern = path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
  return NON_EMPTY_LISTS.includes(pattern);
}

/** The message an empty place gets, fitting its kind (a date is picked, a figure may be 0); 填表说明: 没有请填 0 或“无”. */
function missing(path: FormPath, limits: TCallLimits): FormProblem {
  const kind = applicationFieldKind(path) ?? 'text';
  return { path, kind: 'missing', message: missingFieldMessage(kind, path, applicationListLimit(path, limits)) };
}

function walkMissing(value: unknown, path: FormPath, limits: TCallLimits, out: FormProblem[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && listRequired(path)) out.push(missing(path, limits));
    value.forEach((item, index) => {
      if (item !== null && typeof item === 'object') walkMissing(item, [...path, index], limits, out);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walkMissing(child, [...path, key], limits, out);
    return;
  }
  if (isOptional(path)) return;
  if (value === null || (typeof value === 'string' && value.trim() === '')) out.push(missing(path, limits));
  if (value === false && path.join('.') === 'features.noViolationConfirmed') {
    out.push({ path, kind: 'missing', message: l('须确认后才能提交', 'must be confirmed before submitting') });
  }
}

/** Everything submission requires that is still empty, in the form's order; list limits are the call's. */
export function missingForSubmission(content: TApplicationContent, limits: TCallLimits): FormProblem[] {
  const out: FormProblem[] = [];
  walkMissing(content, [], limits, out);
  return out;
}

/** Problems a saved draft may have; submission needs none of these and nothing missing. */
export function draftProblems(content: TApplicationContent, limits: { text: TTextLimits; call: TCallLimits }): FormProblem[] {
  return [
    ...summaryProblems(content, limits.call),
    ...textLimitProblems(content, limits.text),
    ...staffProblems(content),
    ...memberProblems(content, limits.call),
  ];
}

export interface NamedUnit {
  place: ApplicationUnitPlace;
  position: number;
  orgId: string | null;
  name: string;
  uscc: string | null;
  details: Record<string, unknown>;
}

function named(ref: TUnitRef): boolean {
  return !!ref.orgId || !!ref.name?.trim() || !!ref.uscc;
}

/**
 * Every unit the form names — lead units, secretariat, every member row — for conflicts of interest (回避):
 * an expert's organisation appearing anywhere here is a conflict (docs/sources.md 5.3).
 */
export function unitsNamedIn(content: TApplicationContent): NamedUnit[] {
  const unit = (place: ApplicationUnitPlace, position: number, ref: TUnitRef, details: Record<string, unknown> = {}): NamedUnit => ({
    place,
    position,
    orgId: ref.orgId,
    name: ref.name?.trim() ?? '',
    uscc: ref.uscc,
    details,
  });
  const { cover, overview, members } = content;
  const leads: [ApplicationUnitPlace, TUnitRef][] = [
    ['park', cover.park],
    ['lead_school', cover.leadSchool],
    ['lead_enterprise', cover.leadEnterprise],
    ['secretariat', overview.secretariat.hostUnit],
  ];
  return [
    ...leads.filter(([, ref]) => named(ref)).map(([place, ref]) => unit(place, 0, ref)),
    ...members.enterprises
      .filter((row) => named(row.unit))
      .map(({ unit: ref, id: _id, ...rest }, i) => unit('member_enterprise', i, ref, rest)),
    ...members.schools.filter((row) => named(row.unit)).map(({ unit: ref, id: _id, ...rest }, i) => unit('member_school', i, ref, rest)),
    ...members.others.filter((row) => named(row.unit)).map(({ unit: ref, id: _id, ...rest }, i) => unit('member_other', i, ref, rest)),
  ];
}
