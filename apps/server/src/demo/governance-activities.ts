/**
 * The 2026 activities planned in 附件3 二(三) (师资队伍建设) and 学生成长计划. The titles are the plan's; the
 * dates within its months, the places, the places per unit and the sample registrations are made up, so every
 * record is marked generated. Scheduled when the alliance has no activity yet, as of `today` (or the planning day
 * when that has passed). What the calendar says follows `today` too: an activity that ended more than
 * ACTIVITY_ARCHIVE_AFTER_DAYS ago has been archived by the secretariat, with its attendance and a summary, so
 * only a recent one waits as 已结束，待归档; on a later start the ones that have aged since are archived then.
 */
import type { TActivityInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { addDays } from '../kernel/time/calendar.js';
import { listActivities, listParticipants } from '../modules/governance/activities/activities.repository.js';
import {
  changeStatus,
  createActivity,
  recordAttendance,
  recordOutcome,
  register,
  requireActivity,
} from '../modules/governance/activities/activities.service.js';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { FIRST_MEETING } from './dataset/alliance-first-meeting.js';
import * as repo from './demo.repository.js';

const PLANNED_ON = '2026-05-15';

/** How long the secretariat takes to archive an activity after its last day (made up: about a month). */
export const ACTIVITY_ARCHIVE_AFTER_DAYS = 30;

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
  [
    CAOYANG_SCHOOL,
    [
      { name: '王老师', title: '机电专业教研组长', phone: '13800000101' },
      { name: '陈老师', title: '专业教师', phone: '13800000102' },
    ],
  ],
  ['南京浦口中等专业学校', [{ name: '刘老师', title: '教务处副主任', phone: '13800000201' }]],
];

/** Attendance of everyone registered and the activity's summary, recorded on its last day; then archived today. */
async function archive(db: Database, bodyId: string, activityId: string, today: string) {
  const { row } = await requireActivity(db, bodyId, activityId, today);
  const { activity } = row;
  const participants = await listParticipants(db, activityId);
  if (participants.length > 0) {
    const entries = participants.map((p) => ({ participantId: p.participant.id, attended: true }));
    await recordAttendance(db, SYSTEM_ACTOR, bodyId, activityId, { entries }, activity.endOn);
  }
  const note = `演示数据：${activity.title}已于${activity.endOn}结束，${participants.length > 0 ? `${participants.length} 人参加` : '参加人员由各成员单位自行组织'}。`;
  await recordOutcome(db, SYSTEM_ACTOR, bodyId, activityId, { kind: 'note', title: '活动总结', note, evidenceIds: [] }, activity.endOn);
  const { row: current } = await requireActivity(db, bodyId, activityId, today);
  await changeStatus(db, SYSTEM_ACTOR, bodyId, activityId, { action: 'complete', version: current.activity.version }, today);
}

export async function ensureActivitiesDemo(db: Database, today: string): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const orgIds = await repo.orgIdsByName(
    db,
    ALLIANCE_FOUNDERS.map((org) => org.name),
  );
  const caoyang = orgIds.get(CAOYANG_SCHOOL);
  // The plan is the first sitting's (附件3 adopted on 2025-12-12): nothing is planned before it.
  if (!bodyId || !caoyang || today < FIRST_MEETING.heldOn) return;

  if ((await listActivities(db, bodyId)).length === 0) {
    await scheduleActivities(db, bodyId, caoyang, orgIds, today < PLANNED_ON ? today : PLANNED_ON);
  }

  const archiveBefore = addDays(today, -ACTIVITY_ARCHIVE_AFTER_DAYS);
  for (const { activity } of await listActivities(db, bodyId)) {
    if (activity.isGenerated && activity.status === 'scheduled' && activity.endOn < archiveBefore) {
      await archive(db, bodyId, activity.id, today);
    }
  }
}

async function scheduleActivities(db: Database, bodyId: string, caoyang: string, orgIds: Map<string, string>, plannedOn: string) {
  const created = [];
  for (const activity of DEMO_ACTIVITIES) {
    created.push(
      await createActivity(db, SYSTEM_ACTOR, bodyId, { ...activity, organiserOrgId: caoyang }, plannedOn, { isGenerated: true }),
    );
  }
  const seminar = created[0]!;
  for (const [school, participants] of DEMO_REGISTRATIONS) {
    const orgId = orgIds.get(school);
    if (orgId) await register(db, SYSTEM_ACTOR, bodyId, seminar.id, { orgId, participants }, plannedOn);
  }
}
