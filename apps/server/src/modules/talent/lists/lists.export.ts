/**
 * Excel export of every list of a body (docs/sources.md §9 T1), with what the user may see of it: drafts only for whom they are
 * visible, contacts masked as in the lists, codes with their Chinese names.
 */
import {
  BUDGET_BANDS,
  ENTERPRISE_LIST_STATUSES,
  LIST_ENTRY_STATUSES,
  TALENT_LEVELS,
  TALENT_LISTS,
  type TalentListName,
} from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { writeXlsx, type XlsxColumn } from '../../../kernel/files/index.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { listEnterprises } from '../enterprises/enterprise-list.service.js';
import { listItems } from '../items/items.service.js';
import { listJobs } from '../jobs/jobs.service.js';
import { listAggregates } from '../students/students.service.js';

const zh = (labels: Record<string, { 'zh-CN': string }>, key: string | null) => (key ? (labels[key]?.['zh-CN'] ?? key) : null);

async function sheet<T>(columns: XlsxColumn<T>[], rows: T[], name: string) {
  return writeXlsx(columns, rows, { sheetName: name });
}

export async function exportList(db: Executor, grants: Grant[], bodyId: string, list: TalentListName, today: string): Promise<Buffer> {
  const title = TALENT_LISTS[list]['zh-CN'];
  if (list === 'enterprises') {
    const { items } = await listEnterprises(db, grants, bodyId);
    return sheet(
      [
        { header: '企业名称', width: 32, value: (e) => e.org.name },
        { header: '所在地区', width: 14, value: (e) => e.region?.name ?? null },
        { header: '状态', width: 12, value: (e) => zh(ENTERPRISE_LIST_STATUSES, e.status) },
        { header: '申请日期', width: 12, value: (e) => e.appliedOn },
        { header: '准入日期', width: 12, value: (e) => e.listedOn },
        { header: '退出日期', width: 12, value: (e) => e.exitedOn },
        { header: '申请说明', width: 40, value: (e) => e.statement },
        { header: '原因', width: 30, value: (e) => e.reason },
      ],
      items,
      title,
    );
  }
  if (list === 'jobs') {
    const { items } = await listJobs(db, grants, bodyId, today);
    return sheet(
      [
        { header: '企业名称', width: 32, value: (j) => j.org.name },
        { header: '岗位名称', width: 20, value: (j) => j.position },
        { header: '职业工种', width: 16, value: (j) => j.occupation },
        { header: '职业编码', width: 14, numFmt: '@', value: (j) => j.occupationCode },
        { header: '需求专业代码', width: 22, numFmt: '@', value: (j) => j.majors.map((m) => m.code).join('、') },
        { header: '需求专业', width: 30, value: (j) => j.majors.map((m) => m.name).join('、') },
        { header: '学历层次', width: 12, value: (j) => zh(TALENT_LEVELS, j.educationLevel) },
        { header: '需求人数', width: 10, value: (j) => j.headcount },
        { header: '岗位职责', width: 30, value: (j) => j.duties },
        { header: '有效期至', width: 12, value: (j) => j.validUntil },
        { header: '状态', width: 10, value: (j) => zh(LIST_ENTRY_STATUSES, j.status) },
        { header: '调整次数', width: 10, value: (j) => j.adjustments.filter((a) => a.kind === 'adjust').length },
      ],
      items,
      title,
    );
  }
  if (list === 'students') {
    const { items } = await listAggregates(db, grants, bodyId);
    return sheet(
      [
        { header: '学校', width: 32, value: (s) => s.org.name },
        { header: '专业代码', width: 12, numFmt: '@', value: (s) => s.major.code },
        { header: '专业', width: 24, value: (s) => s.major.name },
        { header: '层次', width: 10, value: (s) => s.major.level },
        { header: '毕业年份', width: 10, value: (s) => s.graduationYear },
        { header: '学生人数', width: 10, value: (s) => s.students },
        { header: '有实习就业意向人数', width: 16, value: (s) => s.seekingPlacement },
        { header: '状态', width: 10, value: (s) => zh(LIST_ENTRY_STATUSES, s.status) },
      ],
      items,
      title,
    );
  }
  const { items } = await listItems(db, grants, bodyId, list, today);
  const innovation = list === 'innovation';
  return sheet(
    [
      { header: '名称', width: 30, value: (i) => i.name },
      { header: '提供方', width: 24, value: (i) => i.provider },
      ...(innovation
        ? ([
            { header: '技术领域', width: 14, value: (i) => i.field },
            { header: '经费预算', width: 14, value: (i) => zh(BUDGET_BANDS, i.budgetBand) },
            { header: '截止日期', width: 12, value: (i) => i.closesOn },
            { header: '期次', width: 10, value: (i) => i.issue?.label ?? null },
          ] satisfies XlsxColumn<(typeof items)[number]>[])
        : []),
      { header: '内容说明', width: 50, value: (i) => i.summary },
      { header: '联系人', width: 10, value: (i) => i.contactName },
      { header: '联系电话', width: 14, value: (i) => i.contactPhone },
      { header: '有效期起', width: 12, value: (i) => i.validFrom },
      { header: '有效期至', width: 12, value: (i) => i.validUntil },
      { header: '链接', width: 30, value: (i) => i.links.join(' ') },
      { header: '状态', width: 10, value: (i) => zh(LIST_ENTRY_STATUSES, i.status) },
    ],
    items,
    title,
  );
}

export function exportFilename(bodyName: string, list: TalentListName, today: string): string {
  return `${bodyName}-${TALENT_LISTS[list]['zh-CN']}-${today.replace(/-/g, '')}.xlsx`;
}
