/**
 * Generated demo records for the alliance's finances and cooperation projects (简报第1期 names no figures, so
 * every amount here is made up and marked generated). Only what has happened by `today` is booked: an entry
 * on its day, the project once proposed; an entry whose day has come since the last start is booked on the next.
 */
import type { TFinanceEntryInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { listEntriesOfYear } from '../modules/governance/finance/finance.repository.js';
import { recordEntry } from '../modules/governance/finance/finance.service.js';
import { listProjects } from '../modules/governance/projects/projects.repository.js';
import { proposeProject } from '../modules/governance/projects/projects.service.js';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

const DEMO_ENTRIES: TFinanceEntryInput[] = [
  {
    kind: 'income',
    category: 'chair_unit_support',
    occurredOn: '2026-01-15',
    amount: '50000',
    description: '首届轮值主席单位承办年度协同发展论坛经费',
    counterparty: CAOYANG_SCHOOL,
  },
  {
    kind: 'income',
    category: 'member_support',
    occurredOn: '2026-03-10',
    amount: '8000',
    description: '成员单位支持学生夏令营',
    counterparty: '江苏省南通中等专业学校',
  },
  { kind: 'expense', category: 'secretariat_office', occurredOn: '2026-02-05', amount: '1260.50', description: '秘书处办公用品' },
  {
    kind: 'expense',
    category: 'activities',
    occurredOn: '2026-07-25',
    amount: '23800',
    description: '学生夏令营暨职教学生技能风采展示场地与交通',
  },
];

const PROJECT_PROPOSED_ON = '2026-01-20';

const DEMO_PROJECT = {
  title: '沿沪宁产业创新带专业教学资源库共建',
  summary:
    '倡议书第七条：联合打造专业教学资源库等标志性项目。由首届轮值主席单位牵头，联合成员单位共建智能制造、现代服务类专业课程资源，支持课程互选与学分互认。',
  initiativePoint: 7,
  plannedStartOn: '2026-04-01',
  plannedEndOn: '2026-12-31',
};

export async function ensureFinanceAndProjectsDemo(db: Database, today: string): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const orgIds = await repo.orgIdsByName(
    db,
    ALLIANCE_FOUNDERS.map((org) => org.name),
  );
  const caoyang = orgIds.get(CAOYANG_SCHOOL);
  if (!bodyId || !caoyang) return;

  const booked = new Set(
    (await listEntriesOfYear(db, bodyId, 2026)).filter((entry) => entry.isGenerated).map((entry) => entry.description),
  );
  for (const entry of DEMO_ENTRIES) {
    if (entry.occurredOn <= today && !booked.has(entry.description)) {
      await recordEntry(db, SYSTEM_ACTOR, bodyId, entry, { isGenerated: true });
    }
  }

  if (today >= PROJECT_PROPOSED_ON && (await listProjects(db, bodyId)).length === 0) {
    const partners = ['南京浦口中等专业学校', '江苏省南通中等专业学校'].flatMap((name) => orgIds.get(name) ?? []);
    await proposeProject(
      db,
      SYSTEM_ACTOR,
      bodyId,
      { ...DEMO_PROJECT, proposerOrgId: caoyang, participantOrgIds: partners },
      PROJECT_PROPOSED_ON,
      { isGenerated: true },
    );
  }
}
