/**
 * The lists (清单, 连教职函〔2026〕6号 附件1 指标3; 《本期聚焦：市域产教联合体》) of 上海闵行经济技术开发区产教联合体 (表19 第1行): three made-up
 * enterprises (marked generated) admitted to the enterprise list with their positions, one adjusted; the first
 * issue of innovation demands; a policy, a training resource and a technology service; the lead school's student
 * figures. The made-up enterprises are on the enterprise list without being members of the body (表19 lists the
 * members); the lead enterprise stays off the list, so the demo can show its application. Loaded once.
 */
import type { TalentLevel } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { shanghaiDayStart } from '../kernel/time/shanghai.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import {
  adjustJob,
  applyToList,
  changeItemStatus,
  changeJobStatus,
  changeStudentFiguresStatus,
  createItem,
  createJob,
  createStudentFigures,
  decideOnEnterprise,
  listEnterprises,
  publishInnovationIssue,
} from '../modules/talent/index.js';
import { MINHANG_CONSORTIUM } from './dataset/shanghai-2024.js';
import * as repo from './demo.repository.js';

const ON = '2026-03-02';
const VALID_UNTIL = '2027-12-31';
const MINHANG = '310112';

interface DemoEnterprise {
  name: string;
  statement: string;
  jobs: { position: string; occupation: string; majorCodes: string[]; level: TalentLevel; headcount: number }[];
  innovation: { name: string; summary: string; field: string };
}

const ENTERPRISES: DemoEnterprise[] = [
  {
    name: '闵行演示智能装备有限公司',
    statement: '提供工业机器人运维、数控加工岗位与学徒岗位，参与共建产业学院',
    jobs: [
      {
        position: '工业机器人运维员',
        occupation: '工业机器人系统运维员',
        majorCodes: ['460305', '460301'],
        level: 'higher_associate',
        headcount: 12,
      },
      { position: '数控加工技术员', occupation: '数控车工', majorCodes: ['460103'], level: 'higher_associate', headcount: 8 },
    ],
    innovation: { name: '机器人焊接轨迹自适应纠偏', summary: '针对薄板焊接变形，研发基于视觉的焊接轨迹实时纠偏方法', field: '智能制造' },
  },
  {
    name: '闵行演示新能源汽车零部件有限公司',
    statement: '提供汽车零部件制造、质量检测岗位与实习岗位',
    jobs: [
      { position: '汽车零部件装调工', occupation: '汽车装调工', majorCodes: ['460701'], level: 'higher_associate', headcount: 15 },
      { position: '智能焊接操作员', occupation: '焊工', majorCodes: ['460110'], level: 'higher_associate', headcount: 6 },
    ],
    innovation: { name: '电池托盘焊缝缺陷在线检测', summary: '研发电池托盘搅拌摩擦焊焊缝缺陷的在线无损检测方案', field: '新能源汽车' },
  },
  {
    name: '闵行演示工业软件有限公司',
    statement: '提供工业软件开发与实施岗位，开放技术服务需求',
    jobs: [
      {
        position: '工业软件实施工程师',
        occupation: '软件开发工程技术人员',
        majorCodes: ['510203', '510201'],
        level: 'higher_associate',
        headcount: 10,
      },
    ],
    innovation: { name: '中小企业设备数据采集网关', summary: '开发低成本多协议设备数据采集网关及配套软件', field: '工业互联网' },
  },
];

export async function ensureTalentListsDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [MINHANG_CONSORTIUM.name])).get(MINHANG_CONSORTIUM.name);
  if (!bodyId || (await listEnterprises(db, [], bodyId)).items.length > 0) return;
  const now = shanghaiDayStart(ON);
  const at = { now, today: ON };
  const generated = { isGenerated: true };

  const known = await repo.orgIdsByName(db, [...ENTERPRISES.map((e) => e.name), MINHANG_CONSORTIUM.school]);
  const missing = ENTERPRISES.filter((e) => !known.has(e.name));
  for (const org of await insertOrgs(
    db,
    missing.map((e) => orgValues({ name: e.name, type: 'enterprise', regionCode: MINHANG }, generated)),
  )) {
    known.set(org.name, org.id);
  }

  const innovationIds: string[] = [];
  let firstJob: { id: string; input: Record<string, unknown> } | undefined;
  for (const enterprise of ENTERPRISES) {
    const orgId = known.get(enterprise.name)!;
    const entry = await applyToList(db, SYSTEM_ACTOR, bodyId, { orgId, statement: enterprise.statement }, at, { ...generated, on: ON });
    await decideOnEnterprise(db, SYSTEM_ACTOR, bodyId, entry.id, { action: 'admit', version: entry.version }, at);
    for (const job of enterprise.jobs) {
      const input = {
        orgId,
        position: job.position,
        occupation: job.occupation,
        majorCodes: job.majorCodes,
        educationLevel: job.level,
        headcount: job.headcount,
        validUntil: VALID_UNTIL,
      };
      const row = await createJob(db, SYSTEM_ACTOR, bodyId, input, now, generated);
      await changeJobStatus(db, SYSTEM_ACTOR, bodyId, row.id, { action: 'publish', version: row.version }, at);
      firstJob ??= { id: row.id, input };
    }
    const item = await createItem(
      db,
      SYSTEM_ACTOR,
      bodyId,
      {
        kind: 'innovation',
        orgId,
        ...enterprise.innovation,
        provider: enterprise.name,
        budgetBand: 'from_10_to_50',
        closesOn: '2027-06-30',
        contactName: '张工',
        contactPhone: '13800138000',
        links: [],
      },
      now,
      generated,
    );
    innovationIds.push(item.id);
  }
  // 指标3.2 动态调整: the first position was enlarged after the enterprise opened a second line.
  if (firstJob) {
    const { orgId: _orgId, ...content } = firstJob.input as { orgId: string } & Parameters<typeof adjustJob>[4];
    await adjustJob(db, SYSTEM_ACTOR, bodyId, firstJob.id, { ...content, headcount: 16, reason: '新增第二条机器人生产线', version: 2 }, at);
  }
  await publishInnovationIssue(db, SYSTEM_ACTOR, bodyId, { name: '2026年第一期', itemIds: innovationIds }, at, generated);

  const entries = [
    {
      kind: 'policy' as const,
      name: '闵行区产教融合型企业培育奖补（演示）',
      summary: '对纳入联合体企业清单并提供学徒岗位的企业给予培育奖补',
      provider: '闵行区发展和改革委员会（演示）',
      validFrom: '2026-01-01',
      validUntil: VALID_UNTIL,
      links: [],
    },
    {
      kind: 'training' as const,
      name: '工业机器人运维职业技能等级培训',
      summary: '面向联合体企业员工的中级工业机器人运维培训，每期 40 人',
      provider: MINHANG_CONSORTIUM.school,
      validFrom: '2026-03-01',
      validUntil: VALID_UNTIL,
      links: [],
    },
    {
      kind: 'service' as const,
      name: '精密测量与检测技术服务',
      summary: '三坐标测量、表面粗糙度检测等技术服务，面向联合体企业开放',
      provider: MINHANG_CONSORTIUM.school,
      contactName: '李老师',
      contactPhone: '13900139000',
      validUntil: VALID_UNTIL,
      links: [],
    },
  ];
  for (const entry of entries) {
    const item = await createItem(db, SYSTEM_ACTOR, bodyId, entry, now, generated);
    await changeItemStatus(db, SYSTEM_ACTOR, bodyId, item.id, { action: 'publish', version: item.version }, at);
  }

  const schoolId = known.get(MINHANG_CONSORTIUM.school);
  if (schoolId) {
    for (const [majorCode, students, seekingPlacement] of [
      ['460305', 120, 60],
      ['460301', 90, 40],
      ['510203', 150, 55],
    ] as const) {
      const row = await createStudentFigures(
        db,
        SYSTEM_ACTOR,
        bodyId,
        { orgId: schoolId, majorCode, graduationYear: 2027, students, seekingPlacement },
        now,
        generated,
      );
      await changeStudentFiguresStatus(db, SYSTEM_ACTOR, bodyId, row.id, { action: 'publish', version: row.version }, at);
    }
  }
}
