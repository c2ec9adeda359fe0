/**
 * The 2026 activities planned in 附件3 二(三) (师资队伍建设) and 学生成长计划. The titles are the plan's; the
 * dates within its months, the places, the places per unit and the sample registrations are made up, so every
 * record is marked generated. Loaded only when the alliance has no activity yet.
 */
import type { TActivityInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { listActivities } from '../modules/governance/activities/activities.repository.js';
import { createActivity, register } from '../modules/governance/activities/activities.service.js';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

const PLANNED_ON = '2026-05-15';

const DEMO_ACTIVITIES: TActivityInput[] = [
  {
    kind: 'training',
    title: '联盟首届“双师型”师资队伍建设研讨会',
    summary: '附件3「学习·实践」1天研讨：助力教师掌握行业发展趋势。',
    startOn: '2026-06-19',
    endOn: '2026-06-19',
    place: '上海市曹杨职业技术学校',
    registrationDeadline: '2026-06-12',
    capacityPerUnit: 5,
    capacityTotal: 45,
  },
  {
    kind: 'training',
    title: '首届“双师型”教师培训',
    summary: '附件3「学习·实践」1周培训：提升教师专业能力。',
    startOn: '2026-07-06',
    endOn: '2026-07-10',
    registrationDeadline: '2026-06-26',
    capacityPerUnit: 4,
    capacityTotal: 36,
  },
  {
    kind: 'training',
    title: '首届“双师型”教师企业实践',
    summary: '附件3「学习·实践」1月实践：教师赴合作企业实践，参与实训资源开发。',
    startOn: '2026-08-03',
    endOn: '2026-08-31',
    registrationDeadline: '2026-07-17',
    capacityPerUnit: 2,
  },
  {
    kind: 'other',
    title: '首届“双师型”教师企业实践交流',
    summary: '附件3「展示·观摩」1场展示。',
    startOn: '2026-10-16',
    endOn: '2026-10-16',
    registrationDeadline: '2026-10-09',
  },
  {
    kind: 'observation',
    title: '世界技能大赛实地观摩学习',
    summary: '附件3「展示·观摩」1次观摩：紧扣世界技能大赛，组织联盟成员实地观摩学习，重点关注数字化、智能化赛道。',
    startOn: '2026-09-22',
    endOn: '2026-09-24',
    registrationDeadline: '2026-09-01',
    capacityPerUnit: 3,
    capacityTotal: 27,
  },
  {
    kind: 'summer_camp',
    title: '学生夏令营暨职教学生技能风采展示',
    summary: '附件3 学生成长计划：增进校际友谊；增强职业认同。',
    startOn: '2026-07-20',
    endOn: '2026-07-25',
    place: '江苏省南通中等专业学校',
    registrationDeadline: '2026-07-06',
    capacityPerUnit: 6,
    capacityTotal: 54,
  },
];

/** Made-up teachers two founders send to the seminar. */
const DEMO_REGISTRATIONS: [school: string, people: { name: string; title: string; phone: string }[]][] = [
  [CAOYANG_SCHOOL, [{ name: '王老师', title: '机电专业教研组长', phone: '13800000101' }, { name: '陈老师', title: '专业教师', phone: '13800000102' }]],
  ['南京浦口中等专业学校', [{ name: '刘老师', title: '教务处副主任', phone: '13800000201' }]],
];

export async function ensureActivitiesDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const orgIds = await repo.orgIdsByName(db, ALLIANCE_FOUNDERS.map((org) => org.name));
  const caoyang = orgIds.get(CAOYANG_SCHOOL);
  if (!bodyId || !caoyang || (await listActivities(db, bodyId)).length > 0) return;

  const created = [];
  for (const activity of DEMO_ACTIVITIES) {
    created.push(await createActivity(db, SYSTEM_ACTOR, bodyId, { ...activity, organiserOrgId: caoyang }, PLANNED_ON, { isGenerated: true }));
  }
  const seminar = created[0]!;
  for (const [school, participants] of DEMO_REGISTRATIONS) {
    const orgId = orgIds.get(school);
    if (orgId) await register(db, SYSTEM_ACTOR, bodyId, seminar.id, { orgId, participants }, PLANNED_ON);
  }
}
