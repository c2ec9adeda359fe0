/**
 * The demo tells one story whatever day it is loaded on: it is built here on four "todays" (the clock injected
 * into the application) and every generated fact is checked against the documents (docs/sources.md) and against the other records —
 * no member admitted by a meeting that did not sit, nothing dated after today, no activity of last year still
 * waiting to be archived, no minutes for a sitting yet to come.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../kernel/time/calendar.js';
import { fixedClock } from '../kernel/time/clock.js';
import { bodies, bodyMembers } from '../modules/bodies/bodies.table.js';
import { activityOutcomes, activityParticipants, activities } from '../modules/governance/activities/activities.table.js';
import { activityPhase, type ActivityStatus } from '../modules/governance/activities/activities.rules.js';
import { bulletins } from '../modules/governance/bulletins/bulletins.table.js';
import { chairYears } from '../modules/governance/chair/chair.table.js';
import { financeEntries } from '../modules/governance/finance/finance.table.js';
import { agendaItems, meetingAttendance, meetings } from '../modules/governance/meetings/meetings.table.js';
import { membershipApplications, membershipCertificates } from '../modules/governance/membership/membership.table.js';
import { cooperationProjectParticipants, cooperationProjects } from '../modules/governance/projects/projects.table.js';
import { organizations } from '../modules/organizations/organizations.table.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_CHARTER_ADOPTED_ON } from './dataset/alliance-charter.js';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { ACTIVITY_ARCHIVE_AFTER_DAYS } from './governance-activities.js';
import { seedDemo } from './index.js';

/** Days across the alliance's first years: before the first admissions, mid-year, the year's last day, a year on. */
const TODAYS = ['2026-01-15', '2026-07-01', '2026-12-31', '2027-06-30'];

describe.each(TODAYS)('the demo loaded on %s', (today) => {
  let ctx: TestContext;
  let allianceId: string;
  const db = () => ctx.deps.database.db;

  beforeAll(async () => {
    // Noon in Shanghai, so the Shanghai date is `today` whatever the machine's zone.
    ctx = await createTestContext({ demo: true }, { clock: fixedClock(`${today}T04:00:00Z`) });
    await seedDemo(ctx.deps);
    allianceId = (await db().select({ id: bodies.id }).from(bodies).where(eq(bodies.name, ALLIANCE_NAME)))[0]!.id;
    // The whole demo loads first; on a busy machine that takes longer than the default minute.
  }, 300_000);
  afterAll(async () => ctx?.close());

  it('keeps the seeds’ facts: founded on 2025-12-12 by the nine founders, charter adopted at the first sitting, 曹杨 the first chair', async () => {
    const [alliance] = await db().select().from(bodies).where(eq(bodies.id, allianceId));
    expect(alliance!.foundedOn).toBe('2025-12-12');
    expect(ALLIANCE_CHARTER_ADOPTED_ON).toBe(alliance!.foundedOn);
    const founders = await db()
      .select({ name: organizations.name, joinedOn: bodyMembers.joinedOn })
      .from(bodyMembers)
      .innerJoin(organizations, eq(organizations.id, bodyMembers.orgId))
      .where(and(eq(bodyMembers.bodyId, allianceId), eq(bodyMembers.isFounding, true)));
    expect(founders.map((f) => f.name).sort()).toEqual(ALLIANCE_FOUNDERS.map((f) => f.name).sort());
    expect(founders.every((f) => f.joinedOn === alliance!.foundedOn)).toBe(true);
    const [first] = await db().select().from(meetings).where(eq(meetings.bodyId, allianceId)).orderBy(meetings.heldOn).limit(1);
    expect(first).toMatchObject({ heldOn: alliance!.foundedOn, status: 'concluded', minutesStatus: 'published' });
    // 章程第六条: one chair a year, the cities taking turns; 简报第1期: 曹杨 (普陀) first, for 2026.
    const chairs = await db()
      .select({ year: chairYears.year, city: chairYears.city, name: organizations.name })
      .from(chairYears)
      .innerJoin(organizations, eq(organizations.id, chairYears.orgId))
      .where(eq(chairYears.bodyId, allianceId))
      .orderBy(chairYears.year);
    expect(chairs[0]).toMatchObject({ year: 2026, name: CAOYANG_SCHOOL });
    for (let i = 1; i < chairs.length; i++) expect(chairs[i]!.city, String(chairs[i]!.year)).not.toBe(chairs[i - 1]!.city);
  });

  it('admits no unit before the body existed or after today', async () => {
    const rows = await db()
      .select({ body: bodies.name, foundedOn: bodies.foundedOn, org: bodyMembers.orgId, joinedOn: bodyMembers.joinedOn })
      .from(bodyMembers)
      .innerJoin(bodies, eq(bodies.id, bodyMembers.bodyId));
    const wrong = rows.filter((r) => r.joinedOn > today || (r.foundedOn !== null && r.joinedOn < r.foundedOn));
    expect(wrong).toEqual([]);
  });

  it('admits every unit said to be voted in by a meeting that sat on its joining day and passed the numbered resolution', async () => {
    const admitted = await db()
      .select({ bodyId: bodyMembers.bodyId, orgId: bodyMembers.orgId, joinedOn: bodyMembers.joinedOn, reason: bodyMembers.joinReason })
      .from(bodyMembers)
      .where(eq(bodyMembers.isFounding, false));
    const byMeeting = admitted.filter((m) => m.reason?.includes('校长联席会议'));
    const decisions = await db()
      .select({
        bodyId: agendaItems.bodyId,
        orgId: agendaItems.subjectOrgId,
        resolutionNo: agendaItems.resolutionNo,
        heldOn: meetings.heldOn,
        status: meetings.status,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(eq(agendaItems.kind, 'admission'), eq(agendaItems.passed, true)));
    const unexplained = byMeeting.filter(
      (member) =>
        !decisions.some(
          (d) =>
            d.bodyId === member.bodyId &&
            d.orgId === member.orgId &&
            d.heldOn === member.joinedOn &&
            d.heldOn <= today &&
            d.status === 'concluded' &&
            member.reason!.includes(`第 ${d.resolutionNo} 号决议`),
        ),
    );
    expect(unexplained).toEqual([]);
  });

  it('issues each admitted member its certificate on the day of the decision, and leaves no application decided in the future', async () => {
    const certificates = await db().select().from(membershipCertificates);
    expect(certificates.filter((c) => c.issuedOn > today)).toEqual([]);
    const applications = await db().select().from(membershipApplications);
    for (const application of applications) {
      if (application.status === 'admitted') {
        const [member] = await db()
          .select()
          .from(bodyMembers)
          .where(and(eq(bodyMembers.bodyId, application.bodyId), eq(bodyMembers.orgId, application.orgId)));
        expect(member?.joinedOn).toBe(application.decidedOn);
        expect(certificates.some((c) => c.orgId === application.orgId && c.issuedOn === application.decidedOn)).toBe(true);
      }
      if (application.decidedOn !== null) expect(application.decidedOn <= today).toBe(true);
    }
  });

  it('holds sittings up to today and only schedules the ones to come: no minutes, attendance or votes in the future', async () => {
    const all = await db().select().from(meetings).where(eq(meetings.isGenerated, true));
    const future = all.filter((m) => m.heldOn > today);
    expect(future.filter((m) => m.status !== 'scheduled' || m.minutesStatus !== 'none' || m.minutesText !== null)).toEqual([]);
    // A generated sitting of the past is not left half-recorded.
    expect(
      all.filter((m) => m.heldOn <= today && (m.status !== 'concluded' || m.minutesStatus !== 'published')).map((m) => m.title),
    ).toEqual([]);
    const futureIds = future.map((m) => m.id);
    if (futureIds.length > 0) {
      expect(await db().select().from(meetingAttendance).where(inArray(meetingAttendance.meetingId, futureIds))).toEqual([]);
      const items = await db().select().from(agendaItems).where(inArray(agendaItems.meetingId, futureIds));
      expect(items.filter((i) => i.voteStatus !== 'pending' || i.resolutionNo !== null)).toEqual([]);
    }
    const closed = await db().select().from(agendaItems).where(eq(agendaItems.voteStatus, 'closed'));
    expect(closed.filter((i) => !i.voteOpenedAt || !i.voteClosedAt || i.voteClosedAt < i.voteOpenedAt)).toEqual([]);
  });

  it(`archives the activities that ended more than ${ACTIVITY_ARCHIVE_AFTER_DAYS} days ago, with their attendance and a record of what came of them`, async () => {
    const rows = await db()
      .select()
      .from(activities)
      .where(and(eq(activities.bodyId, allianceId), eq(activities.isGenerated, true)));
    expect(rows.length).toBeGreaterThan(0);
    const archiveBy = addDays(today, -ACTIVITY_ARCHIVE_AFTER_DAYS);
    const phases = rows.map((a) => ({ title: a.title, endOn: a.endOn, phase: activityPhase(a.status as ActivityStatus, a, today) }));
    expect(phases.filter((a) => a.phase === 'ended' && a.endOn < archiveBy)).toEqual([]);
    for (const activity of rows) {
      const [participants, outcomes] = await Promise.all([
        db().select().from(activityParticipants).where(eq(activityParticipants.activityId, activity.id)),
        db().select().from(activityOutcomes).where(eq(activityOutcomes.activityId, activity.id)),
      ]);
      if (activity.status === 'completed') {
        expect(activity.endOn < today, activity.title).toBe(true);
        expect(outcomes.length, activity.title).toBeGreaterThan(0);
        expect(
          participants.filter((p) => p.attended === null),
          activity.title,
        ).toEqual([]);
      }
      if (activity.startOn > today) {
        expect(outcomes, activity.title).toEqual([]);
        expect(
          participants.filter((p) => p.attended !== null),
          activity.title,
        ).toEqual([]);
      }
    }
  });

  it('books no money, proposes no project and issues no bulletin after today', async () => {
    const entries = await db()
      .select({ occurredOn: financeEntries.occurredOn, description: financeEntries.description })
      .from(financeEntries);
    expect(entries.filter((e) => e.occurredOn > today)).toEqual([]);
    const projectParticipants = await db()
      .select({ title: cooperationProjects.title, joinedOn: cooperationProjectParticipants.joinedOn })
      .from(cooperationProjectParticipants)
      .innerJoin(cooperationProjects, eq(cooperationProjects.id, cooperationProjectParticipants.projectId));
    expect(projectParticipants.filter((p) => p.joinedOn > today)).toEqual([]);
    const issued = await db().select({ issuedOn: bulletins.issuedOn, eventOn: bulletins.eventOn }).from(bulletins);
    expect(issued.filter((b) => (b.issuedOn !== null && b.issuedOn > today) || (b.eventOn !== null && b.eventOn > today))).toEqual([]);
  });
});
