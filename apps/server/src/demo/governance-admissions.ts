/**
 * The enterprises' admissions to the 沿沪宁 alliance (dataset/alliance-admissions.ts), played through the
 * membership and meetings services up to `today`: an application is filed only once its day has come, the sitting
 * that decides is scheduled meanwhile and held — attendance, one vote per application, the minutes — only once its
 * day has passed, so each member's basis (经校长联席会议表决通过……第 N 号决议) names a resolution of a sitting that
 * took place on its joining day. Each step is taken when missing, so a demo loaded before a sitting's day holds the
 * sitting on a later start after it.
 */
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { createLiaison, findActiveMember } from '../modules/bodies/index.js';
import { listAgendaItems, listMeetings, membersOnDay } from '../modules/governance/meetings/meetings.repository.js';
import {
  approveMinutes,
  concludeMeeting,
  publishMinutes,
  recordAttendance,
  requireMeeting,
  saveMinutes,
  scheduleMeeting,
} from '../modules/governance/meetings/meetings.service.js';
import { castBallot, closeVote, openVote } from '../modules/governance/meetings/votes.service.js';
import { reviewApplication, submitApplication } from '../modules/governance/membership/applications.service.js';
import { findOpenApplication } from '../modules/governance/membership/membership.repository.js';
import { ADMISSION_MEETINGS, admissionApplication, admissionMinutes, type DemoAdmissionMeeting } from './dataset/alliance-admissions.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { ALLIANCE_APPLICANTS, ALLIANCE_ENTERPRISE_LIAISONS } from './dataset/generated.js';
import * as repo from './demo.repository.js';

const actor = SYSTEM_ACTOR;

/**
 * The sitting by its title, scheduled now when missing; none when its applicants are all members already (a demo
 * database loaded by an earlier version recorded them without a sitting).
 */
async function ensureMeeting(db: Database, bodyId: string, spec: DemoAdmissionMeeting, orgIds: Map<string, string>) {
  const existing = (await listMeetings(db, bodyId)).find((m) => m.title === spec.title);
  if (existing) return existing;
  const members = await Promise.all(
    spec.applicants.map(async (name) => !!orgIds.get(name) && !!(await findActiveMember(db, bodyId, orgIds.get(name)!))),
  );
  if (members.every(Boolean)) return null;
  const meeting = await scheduleMeeting(db, actor, bodyId, { title: spec.title, heldOn: spec.heldOn, location: spec.location });
  await repo.markMeetingGenerated(db, meeting.id);
  return requireMeeting(db, bodyId, meeting.id);
}

/** 第十六、十九条: the application, and the secretariat's 初审 onto the sitting's agenda, on the day it is filed. */
async function fileApplications(db: Database, bodyId: string, meetingId: string, spec: DemoAdmissionMeeting, orgIds: Map<string, string>) {
  for (const orgName of spec.applicants) {
    const orgId = orgIds.get(orgName);
    if (!orgId || (await findActiveMember(db, bodyId, orgId))) continue;
    let application = await findOpenApplication(db, bodyId, orgId);
    if (!application) {
      const industry = ALLIANCE_APPLICANTS.find((a) => a.orgName === orgName)!.industry;
      application = await submitApplication(db, actor, bodyId, { orgId, ...admissionApplication(orgName, industry) }, spec.appliedOn);
    }
    if (application.status === 'submitted') {
      await reviewApplication(
        db,
        actor,
        bodyId,
        application.id,
        { decision: 'approve', meetingId, version: application.version },
        spec.appliedOn,
      );
    }
  }
}

/** The sitting itself: every member of its day present, each admission voted on, the minutes published. */
async function holdMeeting(db: Database, bodyId: string, meetingId: string, spec: DemoAdmissionMeeting) {
  const members = await membersOnDay(db, bodyId, spec.heldOn);
  await recordAttendance(db, actor, bodyId, meetingId, {
    entries: members.map((m) => ({
      orgId: m.orgId,
      status: 'present' as const,
      ...(m.orgName === CAOYANG_SCHOOL ? { representativeName: spec.chairedBy, representativeRole: 'principal' as const } : {}),
    })),
  });
  // All votes open before the first closes: the electorate is the members of the sitting's start, so a unit
  // admitted by one item does not vote on the next.
  for (const { item } of await listAgendaItems(db, meetingId)) {
    if (item.voteStatus === 'pending') await openVote(db, actor, bodyId, meetingId, item.id);
  }
  for (const { item } of await listAgendaItems(db, meetingId)) {
    if (item.voteStatus !== 'open') continue;
    for (const orgId of item.electorate ?? []) {
      await castBallot(db, actor, { bodyId, meetingId, itemId: item.id }, { orgId, choice: 'yes' }, 'paper');
    }
    await closeVote(db, actor, bodyId, meetingId, item.id);
  }
  const decided = (await listAgendaItems(db, meetingId)).map((row) => ({
    orgName: row.subjectOrgName ?? '',
    resolutionNo: row.item.resolutionNo,
  }));
  const versionOf = async () => (await requireMeeting(db, bodyId, meetingId)).version;
  await saveMinutes(db, actor, bodyId, meetingId, { text: admissionMinutes(spec, decided), version: await versionOf() });
  await approveMinutes(db, actor, bodyId, meetingId, await versionOf(), spec.heldOn);
  await publishMinutes(db, actor, bodyId, meetingId, await versionOf());
  await concludeMeeting(db, actor, bodyId, meetingId, await versionOf());
}

/** 章程第十一条: three of the new members name their liaison once they are members. */
async function nameLiaisons(db: Database, bodyId: string, orgIds: Map<string, string>) {
  const existing = await repo.liaisonKeys(db, [bodyId]);
  for (const liaison of ALLIANCE_ENTERPRISE_LIAISONS) {
    const orgId = orgIds.get(liaison.orgName);
    if (!orgId || existing.has(repo.liaisonKey(bodyId, orgId, liaison.name)) || !(await findActiveMember(db, bodyId, orgId))) continue;
    const { name, title, phone, email } = liaison;
    await createLiaison(db, actor, bodyId, { orgId, name, title, phone, email });
  }
}

export async function ensureAdmissionsDemo(db: Database, today: string): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const orgIds = await repo.orgIdsByName(
    db,
    ALLIANCE_APPLICANTS.map((a) => a.orgName),
  );
  if (!bodyId) return;
  for (const spec of ADMISSION_MEETINGS) {
    if (today < spec.appliedOn) break;
    const meeting = await ensureMeeting(db, bodyId, spec, orgIds);
    if (!meeting || meeting.status === 'concluded') continue;
    await fileApplications(db, bodyId, meeting.id, spec, orgIds);
    if (spec.heldOn <= today) await holdMeeting(db, bodyId, meeting.id, spec);
  }
  await nameLiaisons(db, bodyId, orgIds);
}
