/**
 * The talent exchange (docs/sources.md §9 T2, T3, T5) of two consortia: 上海闵行经济技术开发区产教联合体 (表19 第1行,
 * whose lists talent-lists.ts keeps) and the 连云港 port-logistics consortium of the selection demo's draft
 * (placements-demo.ts). Generated enterprises join each enterprise list and state their demand for the three years
 * from the demo's next year (dataset/talent-exchange.ts); the schools enter their supply; the secretariat builds the
 * shortage catalogue by the default rule and publishes it. 连云港 also publishes its first issue of innovation
 * demands, 闵行 its first placements. Loaded once per consortium: nothing is added where demand exists.
 */
import { DEFAULT_SHORTAGE_THRESHOLDS } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { shanghaiDayStart } from '../kernel/time/shanghai.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import {
  applyToList,
  buildShortageDraft,
  changeJobStatus,
  changeShortageStatus,
  createDemand,
  createItem,
  createJob,
  createPlacementOffer,
  createSupply,
  decideOnEnterprise,
  hasTalentDemand,
  publishInnovationIssue,
  recordTeacherPractice,
  takeUpPlacement,
} from '../modules/talent/index.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { MINHANG_CONSORTIUM } from './dataset/shanghai-2024.js';
import { type DemoTalentExchange, LYG_EXCHANGE, MINHANG_EXCHANGE } from './dataset/talent-exchange.js';
import * as repo from './demo.repository.js';

/** The day the enterprises applied and were admitted, and the data entered. */
const ON = '2026-09-01';
const generated = { isGenerated: true };

async function ensureEnterprises(db: Database, bodyId: string, exchange: DemoTalentExchange, publishJobs: boolean) {
  const names = exchange.enterprises.map((e) => e.name);
  const ids = await repo.orgIdsByName(db, [...names, ...exchange.supply.map((s) => s.school)]);
  const missing = exchange.enterprises.filter((e) => !e.existing && !ids.has(e.name));
  for (const org of await insertOrgs(
    db,
    missing.map((e) => orgValues({ name: e.name, type: 'enterprise', regionCode: e.regionCode }, generated)),
  )) {
    ids.set(org.name, org.id);
  }
  const at = { now: shanghaiDayStart(ON), today: ON };
  for (const enterprise of exchange.enterprises.filter((e) => !e.existing)) {
    const orgId = ids.get(enterprise.name)!;
    const entry = await applyToList(db, SYSTEM_ACTOR, bodyId, { orgId, statement: enterprise.statement }, at, { ...generated, on: ON });
    await decideOnEnterprise(db, SYSTEM_ACTOR, bodyId, entry.id, { action: 'admit', version: entry.version }, at);
    if (!publishJobs) continue;
    // 岗位清单 (指标3.2): the first position of each new enterprise is published on the job list.
    const [position, occupation, majorCodes, headcounts] = enterprise.demands[0]!;
    const job = await createJob(
      db,
      SYSTEM_ACTOR,
      bodyId,
      { orgId, position, occupation, majorCodes, educationLevel: enterprise.level, headcount: headcounts[0] },
      at.now,
      generated,
    );
    await changeJobStatus(db, SYSTEM_ACTOR, bodyId, job.id, { action: 'publish', version: job.version }, at);
  }
  return ids;
}

async function enterExchange(db: Database, bodyId: string, exchange: DemoTalentExchange, ids: Map<string, string>, startYear: number) {
  for (const enterprise of exchange.enterprises) {
    const orgId = ids.get(enterprise.name);
    if (!orgId) continue;
    for (const [position, occupation, majorCodes, headcounts, skills] of enterprise.demands) {
      const input = {
        orgId,
        position,
        occupation,
        majorCodes,
        educationLevel: enterprise.level,
        startYear,
        headcounts,
        skills,
        locationRegionCode: enterprise.regionCode,
        wageMin: enterprise.level === 'secondary' ? 4500 : 5500,
        wageMax: enterprise.level === 'secondary' ? 6500 : 9000,
        apprenticeshipPlaces: Math.floor(headcounts[0] / 4),
        internshipPlaces: Math.floor(headcounts[0] / 2),
      };
      await createDemand(db, SYSTEM_ACTOR, bodyId, input, generated);
    }
  }
  for (const { school, rows } of exchange.supply) {
    const orgId = ids.get(school);
    if (!orgId) continue;
    for (const [majorCode, expectedGraduates, placementsOffered] of rows) {
      const plannedEnrolment: [number, number, number] = [expectedGraduates[0] + 5, expectedGraduates[1] + 5, expectedGraduates[2] + 5];
      const input = { orgId, majorCode, mode: 'full_time' as const, startYear, plannedEnrolment, expectedGraduates, placementsOffered };
      await createSupply(db, SYSTEM_ACTOR, bodyId, input, generated);
    }
  }
}

/** 紧缺人才目录 by the published default rule, published as built. */
async function publishCatalogue(db: Database, bodyId: string, startYear: number, today: string) {
  const now = shanghaiDayStart(today);
  const title = `${startYear}—${startYear + 2}年紧缺人才目录`;
  const draft = await buildShortageDraft(
    db,
    SYSTEM_ACTOR,
    bodyId,
    { title, startYear, thresholds: DEFAULT_SHORTAGE_THRESHOLDS },
    now,
    generated,
  );
  await changeShortageStatus(db, SYSTEM_ACTOR, bodyId, draft.id, { action: 'publish', version: draft.version }, now);
}

/** 应用技术创新需求 (指标3.4) of the 连云港 consortium, published as its first issue. */
async function publishLianyungangIssue(db: Database, bodyId: string, ids: Map<string, string>) {
  const at = { now: shanghaiDayStart(ON), today: ON };
  const demands = [
    {
      org: '连云港演示国际集装箱码头有限公司',
      name: '岸桥远程操控系统时延优化',
      summary: '针对岸桥远程操控的视频与控制时延，研究低时延传输与预测控制方案',
      field: '智慧港口',
    },
    {
      org: '连云港演示装备制造有限公司',
      name: '港口机械结构件焊缝智能检测',
      summary: '研发大型结构件焊缝的视觉与超声联合检测方法，替代人工抽检',
      field: '智能制造',
    },
  ];
  const itemIds: string[] = [];
  for (const demand of demands) {
    const item = await createItem(
      db,
      SYSTEM_ACTOR,
      bodyId,
      {
        kind: 'innovation',
        orgId: ids.get(demand.org)!,
        name: demand.name,
        summary: demand.summary,
        field: demand.field,
        provider: demand.org,
        budgetBand: 'from_10_to_50',
        closesOn: '2027-09-30',
        contactName: '王工',
        contactPhone: '13800138001',
        links: [],
      },
      at.now,
      generated,
    );
    itemIds.push(item.id);
  }
  await publishInnovationIssue(db, SYSTEM_ACTOR, bodyId, { name: '2026年第一期', itemIds }, at, generated);
}

/** 闵行's first placements (指标3 学徒岗位、实习实训量、教师企业实践), taken up by the lead school. */
async function recordMinhangPlacements(db: Database, bodyId: string, ids: Map<string, string>) {
  const now = shanghaiDayStart(ON);
  const schoolOrgId = ids.get(MINHANG_CONSORTIUM.school)!;
  const offers = [
    {
      org: '闵行演示智能装备有限公司',
      kind: 'apprenticeship' as const,
      position: '工业机器人运维学徒',
      places: 8,
      students: 8,
      months: 12,
    },
    { org: '闵行演示集成电路封测有限公司', kind: 'internship' as const, position: '集成电路测试实习', places: 20, students: 16, months: 3 },
  ];
  for (const offer of offers) {
    const orgId = ids.get(offer.org)!;
    const row = await createPlacementOffer(
      db,
      SYSTEM_ACTOR,
      bodyId,
      { orgId, kind: offer.kind, position: offer.position, places: offer.places, startsOn: '2026-09-01', endsOn: '2027-06-30' },
      now,
      generated,
    );
    await takeUpPlacement(
      db,
      SYSTEM_ACTOR,
      bodyId,
      row.id,
      { schoolOrgId, students: offer.students, months: offer.months },
      now,
      generated,
    );
  }
  await recordTeacherPractice(
    db,
    SYSTEM_ACTOR,
    bodyId,
    { schoolOrgId, enterpriseOrgId: ids.get('闵行演示智能装备有限公司')!, teachers: 4, months: 1, startsOn: '2026-09-07' },
    now,
    generated,
  );
}

/** `today` (Asia/Shanghai) sets the three years: from the next calendar year, as the forms suggest. */
export async function ensureTalentExchangeDemo(db: Database, today: string): Promise<void> {
  const startYear = Number(today.slice(0, 4)) + 1;
  const bodyIds = await repo.bodyIdsByName(db, [MINHANG_CONSORTIUM.name, LYG_DEMO_DRAFT.consortiumName]);
  const consortia = [
    { bodyId: bodyIds.get(MINHANG_CONSORTIUM.name), exchange: MINHANG_EXCHANGE, extra: recordMinhangPlacements, publishJobs: true },
    // 连云港's job list stays the one placements-demo.ts keeps: its 岗位总量 is what the 推荐书's 学徒岗位占比 is offered from.
    { bodyId: bodyIds.get(LYG_DEMO_DRAFT.consortiumName), exchange: LYG_EXCHANGE, extra: publishLianyungangIssue, publishJobs: false },
  ];
  for (const { bodyId, exchange, extra, publishJobs } of consortia) {
    if (!bodyId || (await hasTalentDemand(db, bodyId))) continue;
    const ids = await ensureEnterprises(db, bodyId, exchange, publishJobs);
    await enterExchange(db, bodyId, exchange, ids, startYear);
    await extra(db, bodyId, ids);
    await publishCatalogue(db, bodyId, startYear, today);
  }
}
