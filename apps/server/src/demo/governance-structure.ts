/**
 * The alliance's chair schedule, organs, 2026 work plan (附件3) and 简报第1期 itself, from
 * 《沿沪宁产业创新带职业院校联盟简报》第1期. Each is loaded when missing, so a demo database created before these
 * features gets them on its next start.
 */
import type { Database } from '../kernel/db/database.js';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { highestIssueNumber } from '../modules/governance/bulletins/bulletins.repository.js';
import { recordPrintedIssue } from '../modules/governance/bulletins/bulletins.service.js';
import { findPlan } from '../modules/governance/chair/chair.repository.js';
import { planChairSchedule } from '../modules/governance/chair/chair.service.js';
import { listOffices } from '../modules/governance/offices/offices.repository.js';
import { createOffice } from '../modules/governance/offices/offices.service.js';
import { existingTaskTitles } from '../modules/governance/workplan/workplan.repository.js';
import { createTask } from '../modules/governance/workplan/workplan-changes.service.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { ALLIANCE_OFFICES } from './dataset/alliance-offices.js';
import { BULLETIN_001 } from './dataset/bulletin-001.js';
import { WORKPLAN_2026 } from './dataset/workplan-2026.js';
import * as repo from './demo.repository.js';

/** 简报第1期: 曹杨 is the first chair, for 2026; the demo plans ten years. */
const CHAIR_PLAN = { firstYear: 2026, years: 10 };

export async function ensureGovernanceStructureDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const orgIds = await repo.orgIdsByName(db, [CAOYANG_SCHOOL, BULLETIN_001.orgName]);
  const caoyang = orgIds.get(CAOYANG_SCHOOL);
  if (!bodyId || !caoyang) return;

  if (!(await findPlan(db, bodyId))) await planChairSchedule(db, SYSTEM_ACTOR, bodyId, { ...CHAIR_PLAN, firstOrgId: caoyang });

  const offices = new Set((await listOffices(db, bodyId)).map((office) => office.name));
  for (const [index, office] of ALLIANCE_OFFICES.entries()) {
    if (!offices.has(office.name)) await createOffice(db, SYSTEM_ACTOR, bodyId, office, index);
  }

  const titles = await existingTaskTitles(db, bodyId, 2026);
  for (const [index, task] of WORKPLAN_2026.entries()) {
    if (titles.has(task.title)) continue;
    const { bodyName: _body, sourceNote, ...input } = task;
    await createTask(db, SYSTEM_ACTOR, bodyId, input, { sourceNote, sortOrder: index });
  }

  if ((await highestIssueNumber(db, bodyId)) === null) {
    const { bodyName: _body, orgName, ...issue } = BULLETIN_001;
    await recordPrintedIssue(db, SYSTEM_ACTOR, bodyId, { ...issue, orgId: orgIds.get(orgName)! });
  }
}
