/**
 * What erasing a person's data does to each record the resources module holds on them, and why (docs/sources.md §10).
 * 《中华人民共和国个人信息保护法》第四十七条第一款: on the person's request (撤回同意) or once the purpose is achieved, the
 * handler deletes the personal information; 第二款: where a retention duty has not run out, the handler stops every
 * processing but storage and the necessary safeguards. Recognised credits and completed exchanges are such records:
 * they stay, under a pseudonym that no longer identifies the person (第七十三条(三) 去标识化).
 * A teacher is named in two places: exchange agreements (their sending unit) and the cross-selected courses they host
 * (the host school's `hostTeacher`). One teacher is one name of one unit in both, and an erasure covers every record.
 */
import type { Bilingual, ErasureTreatment, PersonKind } from '@chanjiao/contracts';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

const DELETE_ON_REQUEST = '《中华人民共和国个人信息保护法》第四十七条第一款';
const HOLD_FOR_DUTY = '《中华人民共和国个人信息保护法》第四十七条第二款';

export type ErasureRecord =
  | 'student.identity'
  | 'student.major'
  | 'student.results'
  | 'student.refusalReasons'
  | 'student.credentials'
  | 'student.recognitions'
  | 'teacher.name'
  | 'teacher.phone'
  | 'teacher.notes'
  | 'teacher.agreements'
  | 'teacher.courses'
  | 'audit';

export interface ErasureRule {
  key: ErasureRecord;
  kind: PersonKind;
  record: Bilingual;
  treatment: ErasureTreatment;
  why: Bilingual;
  basis: string;
}

const AUDIT_WHY = l(
  '审计日志以内部编号记录谁在何时做了什么，依法留存不少于六个月，且不可更改；删除本身也记入审计，但不记被删除的内容',
  'The audit log records by id who did what and when; it is kept at least six months and cannot be changed; the erasure is logged without the erased values',
);
const AUDIT_BASIS = `《中华人民共和国网络安全法》第二十一条；${HOLD_FOR_DUTY}`;

/** The table an erasure follows, one row per record and kind of person; the person page shows it before confirming. */
export const ERASURE_RULES: readonly ErasureRule[] = [
  {
    key: 'student.identity',
    kind: 'student',
    record: l('姓名、学号', 'Name and student number'),
    treatment: 'pseudonymise',
    why: l('本人请求删除，跨校选修的处理目的已实现', 'The person asked; the purpose of the cross-selection is achieved'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'student.major',
    kind: 'student',
    record: l('所学专业', 'Major'),
    treatment: 'erase',
    why: l('本人请求删除；保留的学分记录不需要专业', 'The person asked; the held credits do not need it'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'student.results',
    kind: 'student',
    record: l('未获认定的课程成绩（未结课的推荐一并撤回）', 'Results not recognised (nominations to open courses withdrawn)'),
    treatment: 'erase',
    why: l('没有学分依赖这些成绩，再保存已无必要', 'No credit rests on them, so keeping them is no longer necessary'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'student.refusalReasons',
    kind: 'student',
    record: l('不予认定的理由', 'Reasons for refusing recognition'),
    treatment: 'erase',
    why: l('理由可能描述本人情况，且不产生学分', 'The reason may describe the person and grants no credit'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'student.credentials',
    kind: 'student',
    record: l('已签发的学习记录凭证（平台留存的副本）', 'Issued learning records (the platform’s copies)'),
    treatment: 'erase',
    why: l(
      '凭证载有姓名；平台不再留存，本人手中的凭证核验时显示平台无此签发记录，学分仍以已认定记录为凭',
      'A record carries the name; the platform keeps no copy, a copy the person holds then checks as not issued here, and the credit rests on the held recognition',
    ),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'student.recognitions',
    kind: 'student',
    record: l('已认定或转换的学分（课程、学分、成绩、认定日期）', 'Recognised or converted credits (course, credits, grade, date)'),
    treatment: 'hold',
    why: l(
      '学分互认的结果是本校记载学分的凭据，联盟须可查证（倡议书 三 学分互认，docs/sources.md §9 R4）；只存储，不再处理',
      'A recognised credit is the home school’s evidence of the credit and the alliance must be able to check it (docs/sources.md §9 R4); stored only',
    ),
    basis: `${HOLD_FOR_DUTY}；docs/sources.md §9 R4`,
  },
  {
    key: 'teacher.name',
    kind: 'teacher',
    record: l('教师姓名（交流协议和主讲课程上）', 'Teacher’s name (on agreements and hosted courses)'),
    treatment: 'pseudonymise',
    why: l('本人请求删除；交流和开课的记录不需要点名', 'The person asked; neither the exchange nor the course record needs the name'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'teacher.phone',
    kind: 'teacher',
    record: l('联系电话', 'Phone'),
    treatment: 'erase',
    why: l('本人请求删除；只为安排交流而收集', 'The person asked; it was collected only to arrange the exchange'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'teacher.notes',
    kind: 'teacher',
    record: l('完成情况说明和评价意见（文字）', 'Completion notes and evaluation comments (text)'),
    treatment: 'erase',
    why: l('文字可能评价本人，统计不需要', 'The text may judge the person; the figures do not need it'),
    basis: DELETE_ON_REQUEST,
  },
  {
    key: 'teacher.agreements',
    kind: 'teacher',
    record: l('交流协议（单位、日期、地点、学时、评分）', 'Agreements (units, dates, place, hours, scores)'),
    treatment: 'hold',
    why: l(
      '师资互派的天数和学时计入成员单位年度质量报告“教师队伍”数据和工作计划佐证（docs/sources.md §9 R5）；只存储，不再处理',
      'Exchanged days and hours count in the members’ quality-report figures and the work plan’s evidence (docs/sources.md §9 R5); stored only',
    ),
    basis: `${HOLD_FOR_DUTY}；docs/sources.md §9 R5`,
  },
  {
    key: 'teacher.courses',
    kind: 'teacher',
    record: l(
      '主讲的互选课程（课程、学期、学时、学分，主讲教师改为假名）',
      'Hosted courses (course, term, hours, credits; the host teacher under the pseudonym)',
    ),
    treatment: 'hold',
    why: l(
      '选课学生的成绩和已认定的学分以开课记录为凭据（倡议书 三 学分互认，docs/sources.md §9 R4），课程属开课学校；只存储，不再处理教师本人信息',
      'The students’ results and recognised credits rest on the course record (docs/sources.md §9 R4), which is the host school’s; the teacher’s data is stored only',
    ),
    basis: `${HOLD_FOR_DUTY}；docs/sources.md §9 R4`,
  },
  { key: 'audit', kind: 'student', record: l('审计日志', 'Audit log'), treatment: 'hold', why: AUDIT_WHY, basis: AUDIT_BASIS },
  { key: 'audit', kind: 'teacher', record: l('审计日志', 'Audit log'), treatment: 'hold', why: AUDIT_WHY, basis: AUDIT_BASIS },
];

export function erasureRulesFor(kind: PersonKind): ErasureRule[] {
  return ERASURE_RULES.filter((rule) => rule.kind === kind);
}

export function treatmentOf(kind: PersonKind, key: ErasureRecord): ErasureTreatment | null {
  return ERASURE_RULES.find((rule) => rule.kind === kind && rule.key === key)?.treatment ?? null;
}

/** A recognition holds a credit when the home school recognised or converted the result; a refusal holds none. */
export function holdsCredit(outcome: string | null | undefined): boolean {
  return outcome === 'recognised' || outcome === 'converted';
}

const PSEUDONYM_PREFIX: Record<PersonKind, string> = { student: '已删除学生', teacher: '已删除教师' };

/**
 * The name held records carry after erasure: made from the erasure's own random id, so nothing of the person goes into
 * it and two erased people never share one. It also replaces the student number, which must stay unique per school.
 */
export function pseudonymFor(kind: PersonKind, erasureId: string): string {
  return `${PSEUDONYM_PREFIX[kind]}-${erasureId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** Whether a stored name is a pseudonym: an erased person is never shown as if still named. */
export function isPseudonym(name: string): boolean {
  return Object.values(PSEUDONYM_PREFIX).some((prefix) => name.startsWith(`${prefix}-`));
}

/**
 * A request note goes into the audit log, which cannot be changed afterwards: it must not carry the person's name,
 * number or phone (the erasure would otherwise store again what it deletes).
 */
export function mentionsPerson(note: string, values: (string | null | undefined)[]): boolean {
  const compact = note.replace(/\s+/g, '');
  return values.some((value) => !!value && value.length >= 2 && compact.includes(value.replace(/\s+/g, '')));
}
