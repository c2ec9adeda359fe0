/**
 * 学生信息清单批量导入: the secretariat fills the template with figures per school, major and graduation year — counts only,
 * a file with a column of personal data (姓名、身份证号、学号…) is refused whole. Every row is checked (a school of the body,
 * a major of the catalogue, those seeking a placement within the students, no figures entered twice) and all rows
 * become drafts with their status history, or none do.
 */
import { SCHOOL_ORG_TYPES, type OrgType, requiredText, type TStudentAggregateInput, ZMajorCode } from '@chanjiao/contracts';
import { z } from 'zod';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual } from '../../../kernel/errors.js';
import { defineImportTemplate, type RowIssue, type ValidRow } from '../../../kernel/files/index.js';
import { currentMembers } from '../access/access.repository.js';
import { defineListImport, type ImportAt } from '../lists/list-import.js';
import { recordCreated } from '../lists/list-status.service.js';
import { majorsByCode } from '../majors/majors.js';
import * as repo from './students.repository.js';
import { PERSONAL_DATA_HEADER, seekingWithinStudents } from './students.rules.js';

const ZStudentImportRow = z.object({
  orgName: requiredText(100),
  majorCode: ZMajorCode,
  graduationYear: z.coerce.number().int().min(2020).max(2100),
  students: z.coerce.number().int().min(0).max(100_000),
  seekingPlacement: z.coerce.number().int().min(0).max(100_000),
});
type StudentImportRow = z.infer<typeof ZStudentImportRow>;

const TEMPLATE = defineImportTemplate<StudentImportRow>({
  key: 'talent-students',
  title: '学生信息清单导入模板',
  sheetName: '学生信息清单',
  rowSchema: ZStudentImportRow,
  columns: [
    {
      key: 'orgName',
      header: '学校名称',
      headerEn: 'School',
      required: true,
      width: 30,
      example: '连云港示例职业技术学院',
      note: '须是本联合体的成员院校，名称与成员名单一致',
    },
    {
      key: 'majorCode',
      header: '专业代码',
      headerEn: 'Major code',
      required: true,
      width: 12,
      text: true,
      example: '460103',
      note: '《职业教育专业目录（2021年）》6 位代码',
    },
    {
      key: 'graduationYear',
      header: '毕业年份',
      headerEn: 'Graduation year',
      required: true,
      width: 10,
      example: '2027',
      note: '如 2027（2027届）',
    },
    {
      key: 'students',
      header: '学生人数',
      headerEn: 'Students',
      required: true,
      width: 10,
      example: '80',
      note: '该专业该届学生人数，非负整数',
    },
    {
      key: 'seekingPlacement',
      header: '有实习就业意向人数',
      headerEn: 'Seeking a placement',
      required: true,
      width: 18,
      example: '30',
      note: '其中有意到联合体企业实习或就业的人数，不超过学生人数',
    },
  ],
  notes: ['本清单只填人数，不得填写任何学生个人信息；含有姓名、身份证号、学号、手机号等列的文件将被整体拒绝。'],
  refusedHeaders: {
    pattern: PERSONAL_DATA_HEADER,
    reason: bilingual('学生信息清单只收人数，不收学生个人信息', 'the student list takes counts only, never a student’s personal data'),
  },
});

const keyOf = (v: { orgId: string; majorCode: string; graduationYear: number }) => `${v.orgId}|${v.majorCode}|${v.graduationYear}`;

async function prepareRows(db: Executor, bodyId: string, rows: ValidRow<StudentImportRow>[]) {
  const schools = new Map(
    (await currentMembers(db, bodyId)).filter((m) => SCHOOL_ORG_TYPES.includes(m.type as OrgType)).map((m) => [m.name, m.id]),
  );
  const majors = await majorsByCode(
    db,
    rows.map((r) => r.value.majorCode),
  );
  const entered = new Set((await repo.listAggregates(db, bodyId)).map((r) => keyOf(r.aggregate)));
  const inFile = new Map<string, number>();
  const ready: TStudentAggregateInput[] = [];
  const issues: RowIssue[] = [];
  for (const { row, value } of rows) {
    const problems: RowIssue[] = [];
    const orgId = schools.get(value.orgName.trim());
    if (!orgId) {
      problems.push({
        row,
        column: 'orgName',
        detail: bilingual(
          `“${value.orgName}”不是本联合体的成员院校，请核对名称`,
          `“${value.orgName}” is not a member school of the body; check the name`,
        ),
      });
    }
    if (!majors.has(value.majorCode)) {
      problems.push({
        row,
        column: 'majorCode',
        detail: bilingual(`专业代码 ${value.majorCode} 不在专业目录中`, `the major code ${value.majorCode} is not in the catalogue`),
      });
    }
    if (!seekingWithinStudents(value)) {
      problems.push({
        row,
        column: 'seekingPlacement',
        detail: bilingual(
          `${value.seekingPlacement} 人多于学生人数 ${value.students} 人`,
          `${value.seekingPlacement} is more than the ${value.students} students`,
        ),
      });
    }
    if (orgId) {
      const key = keyOf({ orgId, ...value });
      const earlier = inFile.get(key);
      if (entered.has(key)) {
        problems.push({
          row,
          column: null,
          detail: bilingual(
            `该校该专业 ${value.graduationYear} 届的人数已在清单中，请在清单中修改`,
            `the school’s figures for this major and year ${value.graduationYear} are already on the list; edit them there`,
          ),
        });
      } else if (earlier !== undefined) {
        problems.push({
          row,
          column: null,
          detail: bilingual(`与第${earlier}行重复（同一学校、专业和毕业年份）`, `repeats row ${earlier} (same school, major and year)`),
        });
      } else inFile.set(key, row);
    }
    if (problems.length > 0) issues.push(...problems);
    else ready.push({ orgId: orgId!, ...value });
  }
  return { ready, issues };
}

async function writeFigures(tx: Executor, actor: Actor, bodyId: string, input: TStudentAggregateInput, at: ImportAt) {
  const row = await repo.insertAggregate(tx, { bodyId, ...input, createdAt: at.now, updatedAt: at.now });
  await recordCreated(tx, actor, 'student', row.id, at.now);
}

export const STUDENT_IMPORT = defineListImport({
  list: 'students',
  template: TEMPLATE,
  prepare: (db, bodyId, rows) => prepareRows(db, bodyId, rows),
  write: writeFigures,
  audit: { action: 'talent.student.import', entityType: 'talent_student' },
});
