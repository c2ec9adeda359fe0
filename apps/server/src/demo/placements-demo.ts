/**
 * Placements (docs/sources.md §9 T5) of the 连云港 port-logistics consortium whose 推荐书 the selection demo leaves as a draft, so
 * that its applicant sees section 3's figures offered from the records. The body, its second enterprise and every
 * record are made up and marked generated; the college, the secondary school and the logistics company are those of
 * the selection demo. The consortium keeps its two enterprises on the enterprise list with published positions
 * (岗位总量), internship and apprenticeship places for 2025 and 2026 taken up by both schools, and teachers' practice.
 * Loaded once: nothing is added when the body already holds placements.
 */
import type { TalentLevel } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { shanghaiDayStart } from '../kernel/time/shanghai.js';
import { addMember, createBody, findActiveMember } from '../modules/bodies/index.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import {
  applyToList,
  changeJobStatus,
  createJob,
  createPlacementOffer,
  decideOnEnterprise,
  placementFigures,
  recordTeacherPractice,
  takeUpPlacement,
} from '../modules/talent/index.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { LYG_DEMO_COLLEGE, LYG_DEMO_LOGISTICS_COMPANY, LYG_DEMO_SECONDARY_SCHOOL } from './dataset/lianyungang-2026.js';
import * as repo from './demo.repository.js';

const ON = '2025-03-03';
export const TERMINAL_COMPANY = '连云港演示国际集装箱码头有限公司';
const LIANYUNGANG = '320700';

interface DemoPosition {
  position: string;
  occupation: string;
  majorCodes: string[];
  level: TalentLevel;
  headcount: number;
}
interface DemoOffer {
  kind: 'internship' | 'apprenticeship';
  position: string;
  /** The position of the enterprise's job list the places belong to, by name. */
  job?: string;
  places: number;
  startsOn: string;
  endsOn: string;
  takeUps: { school: string; students: number; months: number }[];
}
interface DemoEnterprise {
  name: string;
  statement: string;
  jobs: DemoPosition[];
  offers: DemoOffer[];
  practice: { school: string; teachers: number; months: number; startsOn: string }[];
}

const ENTERPRISES: DemoEnterprise[] = [
  {
    name: LYG_DEMO_LOGISTICS_COMPANY,
    statement: '提供港口物流调度、仓储管理岗位及实习、学徒岗位，接收教师企业实践',
    jobs: [
      { position: '港口物流调度员', occupation: '物流服务师', majorCodes: ['530802'], level: 'higher_associate', headcount: 24 },
      { position: '仓储管理员', occupation: '仓储管理员', majorCodes: ['530802', '530801'], level: 'higher_associate', headcount: 16 },
    ],
    offers: [
      {
        kind: 'internship',
        position: '港口物流调度实习',
        job: '港口物流调度员',
        places: 30,
        startsOn: '2025-03-01',
        endsOn: '2025-08-31',
        takeUps: [
          { school: LYG_DEMO_COLLEGE, students: 22, months: 6 },
          { school: LYG_DEMO_SECONDARY_SCHOOL, students: 6, months: 3 },
        ],
      },
      {
        kind: 'apprenticeship',
        position: '仓储管理学徒',
        job: '仓储管理员',
        places: 4,
        startsOn: '2025-09-01',
        endsOn: '2026-08-31',
        takeUps: [{ school: LYG_DEMO_COLLEGE, students: 4, months: 12 }],
      },
      {
        kind: 'internship',
        position: '港口物流调度实习',
        job: '港口物流调度员',
        places: 30,
        startsOn: '2026-03-02',
        endsOn: '2026-08-31',
        takeUps: [{ school: LYG_DEMO_COLLEGE, students: 18, months: 6 }],
      },
    ],
    practice: [
      { school: LYG_DEMO_COLLEGE, teachers: 6, months: 1, startsOn: '2025-07-07' },
      { school: LYG_DEMO_SECONDARY_SCHOOL, teachers: 3, months: 0.5, startsOn: '2025-07-14' },
    ],
  },
  {
    name: TERMINAL_COMPANY,
    statement: '提供集装箱码头装卸机械操作与维护岗位，设立学徒岗位',
    jobs: [
      { position: '港口机械司机', occupation: '港口装卸机械司机', majorCodes: ['500306'], level: 'higher_associate', headcount: 30 },
      { position: '港口机械维修工', occupation: '港口机械修理工', majorCodes: ['500306'], level: 'higher_associate', headcount: 10 },
    ],
    offers: [
      {
        kind: 'apprenticeship',
        position: '岸桥司机学徒',
        job: '港口机械司机',
        places: 6,
        startsOn: '2025-09-01',
        endsOn: '2026-08-31',
        takeUps: [{ school: LYG_DEMO_COLLEGE, students: 6, months: 12 }],
      },
      {
        kind: 'internship',
        position: '港口机械维修实习',
        places: 12,
        startsOn: '2025-04-01',
        endsOn: '2025-06-30',
        takeUps: [{ school: LYG_DEMO_SECONDARY_SCHOOL, students: 10, months: 3 }],
      },
    ],
    practice: [{ school: LYG_DEMO_COLLEGE, teachers: 4, months: 1.5, startsOn: '2025-08-04' }],
  },
];

/** The consortium the selection demo's draft names, made up here when no one made it before. */
async function ensureConsortium(db: Database, orgIds: Map<string, string>) {
  const name = LYG_DEMO_DRAFT.consortiumName;
  const bodyId =
    (await repo.bodyIdsByName(db, [name])).get(name) ??
    (
      await createBody(
        db,
        SYSTEM_ACTOR,
        {
          name,
          kind: 'consortium',
          regionCode: LIANYUNGANG,
          description: '演示数据：系统生成的联合体，并非真实联合体。',
        },
        { isGenerated: true },
      )
    ).id;
  const members = [LYG_DEMO_LOGISTICS_COMPANY, TERMINAL_COMPANY, LYG_DEMO_COLLEGE, LYG_DEMO_SECONDARY_SCHOOL];
  for (const member of members) {
    const orgId = orgIds.get(member)!;
    if (await findActiveMember(db, bodyId, orgId)) continue;
    await addMember(db, SYSTEM_ACTOR, bodyId, { orgId, joinedOn: '2025-01-06', reason: '发起单位（演示数据）' });
  }
  return bodyId;
}

export async function ensurePlacementsDemo(db: Database): Promise<void> {
  const orgIds = await repo.orgIdsByName(db, [LYG_DEMO_LOGISTICS_COMPANY, TERMINAL_COMPANY, LYG_DEMO_COLLEGE, LYG_DEMO_SECONDARY_SCHOOL]);
  if (!orgIds.has(LYG_DEMO_COLLEGE) || !orgIds.has(LYG_DEMO_LOGISTICS_COMPANY)) return;
  const generated = { isGenerated: true };
  if (!orgIds.has(TERMINAL_COMPANY)) {
    const [terminal] = await insertOrgs(db, [orgValues({ name: TERMINAL_COMPANY, type: 'enterprise', regionCode: '320703' }, generated)]);
    orgIds.set(TERMINAL_COMPANY, terminal!.id);
  }
  const bodyId = await ensureConsortium(db, orgIds);
  const now = shanghaiDayStart(ON);
  const at = { now, today: ON };
  const existing = await placementFigures(db, bodyId, ON);
  if (existing.figures.some((f) => f.internshipPersonMonths > 0 || f.teacherPersonMonths > 0 || f.apprenticePlaces > 0)) return;

  for (const enterprise of ENTERPRISES) {
    const orgId = orgIds.get(enterprise.name)!;
    const entry = await applyToList(db, SYSTEM_ACTOR, bodyId, { orgId, statement: enterprise.statement }, at, { ...generated, on: ON });
    await decideOnEnterprise(db, SYSTEM_ACTOR, bodyId, entry.id, { action: 'admit', version: entry.version }, at);
    const jobIds = new Map<string, string>();
    for (const job of enterprise.jobs) {
      const input = {
        orgId,
        position: job.position,
        occupation: job.occupation,
        majorCodes: job.majorCodes,
        educationLevel: job.level,
        headcount: job.headcount,
      };
      const row = await createJob(db, SYSTEM_ACTOR, bodyId, input, now, generated);
      await changeJobStatus(db, SYSTEM_ACTOR, bodyId, row.id, { action: 'publish', version: row.version }, at);
      jobIds.set(job.position, row.id);
    }
    for (const { takeUps, job, ...offer } of enterprise.offers) {
      const jobId = job ? jobIds.get(job) : undefined;
      const row = await createPlacementOffer(db, SYSTEM_ACTOR, bodyId, { orgId, ...offer, ...(jobId ? { jobId } : {}) }, now, generated);
      for (const takeUp of takeUps) {
        const input = { schoolOrgId: orgIds.get(takeUp.school)!, students: takeUp.students, months: takeUp.months };
        await takeUpPlacement(db, SYSTEM_ACTOR, bodyId, row.id, input, now, generated);
      }
    }
    for (const practice of enterprise.practice) {
      const { school, ...rest } = practice;
      await recordTeacherPractice(
        db,
        SYSTEM_ACTOR,
        bodyId,
        { schoolOrgId: orgIds.get(school)!, enterpriseOrgId: orgId, ...rest },
        now,
        generated,
      );
    }
  }
}
