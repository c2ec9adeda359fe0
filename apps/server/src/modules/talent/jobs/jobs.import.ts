/**
 * 岗位清单批量导入: the secretariat fills the template with positions of the enterprises on the body's list; every row
 * is checked (enterprise on the list, majors in the catalogue at the row's level) and either all rows become draft
 * positions in one transaction with one audit entry, or none do and the user downloads the error report.
 */
import {
  CATALOGUE_LEVEL,
  optionalText,
  requiredText,
  TALENT_LEVEL_NAMES,
  TALENT_LEVELS,
  type TTalentJobInput,
  ZOccupationCode,
} from '@chanjiao/contracts';
import { z } from 'zod';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual } from '../../../kernel/errors.js';
import { defineImportTemplate, type RowIssue, type ValidRow } from '../../../kernel/files/index.js';
import { listedEnterpriseNames } from '../enterprises/enterprise-list.service.js';
import { defineListImport, type ImportAt, ZOptionalImportDate, splitList } from '../lists/list-import.js';
import { recordCreated } from '../lists/list-status.service.js';
import { majorsByCode } from '../majors/majors.js';
import * as repo from './jobs.repository.js';
import { jobCreation } from './jobs.rules.js';

const ZJobImportRow = z.object({
  orgName: requiredText(100),
  position: requiredText(60),
  occupation: requiredText(60),
  occupationCode: ZOccupationCode,
  /** Catalogue codes separated by 、 , ， ; or spaces, in the order the enterprise ranks them. */
  majorCodes: requiredText(120),
  educationLevel: z.enum(TALENT_LEVEL_NAMES),
  headcount: z.coerce.number().int().min(1).max(100_000),
  duties: optionalText(500),
  validUntil: ZOptionalImportDate,
});
type JobImportRow = z.infer<typeof ZJobImportRow>;

const JOB_IMPORT_TEMPLATE = defineImportTemplate<JobImportRow>({
  key: 'talent-jobs',
  title: '岗位清单导入模板',
  sheetName: '岗位清单',
  rowSchema: ZJobImportRow,
  columns: [
    {
      key: 'orgName',
      header: '企业名称',
      headerEn: 'Enterprise',
      required: true,
      width: 30,
      example: '连云港示例石化有限公司',
      note: '须是本联合体企业清单内（已准入）的企业，名称与清单一致',
    },
    { key: 'position', header: '岗位名称', headerEn: 'Position', required: true, width: 20, example: '数控机床操作工', note: '最多 60 字' },
    { key: 'occupation', header: '职业工种', headerEn: 'Occupation', required: true, width: 16, example: '数控车工', note: '最多 60 字' },
    {
      key: 'occupationCode',
      header: '职业编码',
      headerEn: 'Occupation code',
      width: 14,
      text: true,
      example: '6-18-01-01',
      note: '《职业分类大典》细类编码，可不填',
    },
    {
      key: 'majorCodes',
      header: '需求专业代码',
      headerEn: 'Wanted majors',
      required: true,
      width: 22,
      text: true,
      example: '460103、460301',
      note: '《职业教育专业目录（2021年）》6 位代码，多个用顿号分隔，按优先顺序，最多 10 个；须与学历层次一致',
    },
    {
      key: 'educationLevel',
      header: '学历层次',
      headerEn: 'Education level',
      required: true,
      width: 14,
      options: TALENT_LEVEL_NAMES.map((value) => ({ value, label: TALENT_LEVELS[value] })),
      example: TALENT_LEVELS.higher_associate['zh-CN'],
      note: '从下拉列表中选择',
    },
    { key: 'headcount', header: '需求人数', headerEn: 'Headcount', required: true, width: 10, example: '12', note: '正整数' },
    { key: 'duties', header: '岗位职责', headerEn: 'Duties', width: 30, example: '数控程序编制、机床调试与日常维护', note: '最多 500 字' },
    {
      key: 'validUntil',
      header: '有效期至',
      headerEn: 'Valid until',
      width: 14,
      text: true,
      example: '2027-12-31',
      note: '格式 2027-12-31；过期后岗位自动显示为已过期；可不填',
    },
  ],
});

async function prepareRows(
  db: Executor,
  bodyId: string,
  rows: ValidRow<JobImportRow>[],
): Promise<{ ready: TTalentJobInput[]; issues: RowIssue[] }> {
  const listed = await listedEnterpriseNames(db, bodyId);
  const majors = await majorsByCode(
    db,
    rows.flatMap((r) => splitList(r.value.majorCodes)),
  );
  const ready: TTalentJobInput[] = [];
  const issues: RowIssue[] = [];
  for (const { row, value } of rows) {
    const problems: RowIssue[] = [];
    const orgId = listed.get(value.orgName.trim());
    if (!orgId) {
      problems.push({
        row,
        column: 'orgName',
        detail: bilingual(
          `“${value.orgName}”不在本联合体的企业清单内（或尚未准入），请核对名称`,
          `“${value.orgName}” is not an admitted enterprise of the body’s list; check the name`,
        ),
      });
    }
    const codes = splitList(value.majorCodes);
    if (codes.length > 10) problems.push({ row, column: 'majorCodes', detail: bilingual('最多填写 10 个专业', 'give at most 10 majors') });
    for (const code of codes) {
      const major = majors.get(code);
      if (!major) {
        problems.push({
          row,
          column: 'majorCodes',
          detail: bilingual(`专业代码 ${code} 不在专业目录中`, `the major code ${code} is not in the catalogue`),
        });
      } else if (major.level !== CATALOGUE_LEVEL[value.educationLevel]) {
        problems.push({
          row,
          column: 'majorCodes',
          detail: bilingual(
            `专业“${major.name}”（${code}）属于${major.level}，与学历层次不一致`,
            `the major “${major.name}” (${code}) is a ${major.level} major, not of the row’s level`,
          ),
        });
      }
    }
    if (problems.length > 0) issues.push(...problems);
    else {
      ready.push({
        orgId: orgId!,
        position: value.position,
        occupation: value.occupation,
        occupationCode: value.occupationCode,
        majorCodes: codes,
        educationLevel: value.educationLevel,
        headcount: value.headcount,
        duties: value.duties,
        validUntil: value.validUntil,
      });
    }
  }
  return { ready, issues };
}

/** One position as a draft, with its creation kept among the adjustments and in the status history. */
async function writeJob(tx: Executor, actor: Actor, bodyId: string, input: TTalentJobInput, at: ImportAt) {
  const { orgId, ...rest } = input;
  const values = {
    position: rest.position,
    occupation: rest.occupation,
    occupationCode: rest.occupationCode ?? null,
    majorCodes: rest.majorCodes,
    educationLevel: rest.educationLevel,
    headcount: rest.headcount,
    duties: rest.duties ?? null,
    validUntil: rest.validUntil ?? null,
  };
  const job = await repo.insertJob(tx, { bodyId, orgId, ...values, createdAt: at.now, updatedAt: at.now });
  await repo.insertAdjustment(tx, {
    jobId: job.id,
    seq: job.version,
    kind: 'create',
    reason: null,
    changes: jobCreation(values),
    actorName: actor.username,
    at: at.now,
  });
  await recordCreated(tx, actor, 'job', job.id, at.now);
}

export const JOB_IMPORT = defineListImport({
  list: 'jobs',
  template: JOB_IMPORT_TEMPLATE,
  prepare: (db, bodyId, rows) => prepareRows(db, bodyId, rows),
  write: writeJob,
  audit: { action: 'talent.job.import', entityType: 'talent_job' },
});
