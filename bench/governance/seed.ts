/**
 * The governance benchmark's data: one alliance with 500 member units, 50 sittings of its joint meeting
 * and 5,000 closed votes (agenda items voted on and counted, as `closeVote` leaves them), with attendance per
 * sitting, the ballots of each sitting's first vote, liaisons for most members, a founding certificate and a
 * published bulletin. The body, its charter and the certificate go through the services; the bulk goes in as
 * rows computed with the module's own rules (thresholdFor, decideVote), so the stored results are the ones the
 * application would have stored. Everything that has the column is marked as generated.
 */
import { DEFAULT_CHAIR_ROTATION, DEFAULT_CHARTER_PARAMETERS, type AgendaItemKind } from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../apps/server/src/kernel/db/database.js';
import { SYSTEM_ACTOR } from '../../apps/server/src/kernel/audit/audit.service.js';
import { hashPassword } from '../../apps/server/src/kernel/auth/password.js';
import { users } from '../../apps/server/src/kernel/auth/auth.table.js';
import { userRoles } from '../../apps/server/src/kernel/rbac/rbac.table.js';
import { createBody } from '../../apps/server/src/modules/bodies/index.js';
import { bodyMembers, liaisons } from '../../apps/server/src/modules/bodies/bodies.table.js';
import { insertOrgs, orgValues } from '../../apps/server/src/modules/organizations/index.js';
import { thresholdFor } from '../../apps/server/src/modules/governance/charter/charter.rules.js';
import { registerCharter } from '../../apps/server/src/modules/governance/charter/charter.service.js';
import {
  agendaItems,
  meetingAttendance,
  meetingBallots,
  meetings,
} from '../../apps/server/src/modules/governance/meetings/meetings.table.js';
import { issueFoundingCertificate } from '../../apps/server/src/modules/governance/membership/certificates.service.js';
import { insertBulletin } from '../../apps/server/src/modules/governance/bulletins/bulletins.repository.js';
import { decideVote } from '../../apps/server/src/modules/governance/meetings/votes.rules.js';
import { seededRandom, type Random } from '../lib/random.js';
import { BENCH_PASSWORD } from '../orgs-list/seed.js';

export const COUNTS = { members: 500, founders: 9, meetings: 50, votes: 5_000, membersWithoutLiaison: 40 };
const VOTES_PER_MEETING = COUNTS.votes / COUNTS.meetings;
const FIRST_MEETING = Date.UTC(2021, 2, 1);
/** Sittings about five weeks apart: 50 of them span 2021–2025. */
const DAYS_BETWEEN_MEETINGS = 35;
const DAY_MS = 86_400_000;
const MANUAL_KINDS: AgendaItemKind[] = ['motion', 'motion', 'motion', 'plan_approval', 'budget_approval', 'appointment'];
const CITIES: [city: string, regionCode: string][] = [
  ['上海市普陀区', '310107'],
  ['南京市浦口区', '320111'],
  ['扬州市', '321000'],
  ['镇江市', '321100'],
  ['常州市', '320400'],
  ['无锡市锡山区', '320205'],
  ['南通市', '320600'],
  ['苏州市相城区', '320507'],
];

export interface SeededGovernance {
  bodyId: string;
  secretariatUsername: string;
  password: string;
  certificateId: string;
  bulletinId: string;
  ballots: number;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const meetingDay = (index: number) => isoDay(FIRST_MEETING + index * DAYS_BETWEEN_MEETINGS * DAY_MS);

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
}

async function seedMembers(handle: DatabaseHandle, bodyId: string, random: Random) {
  const orgRows = Array.from({ length: COUNTS.members }, (_, index) => {
    const [city, regionCode] = random.pick(CITIES);
    const type = index % 5 === 4 ? 'enterprise' : 'secondary_vocational';
    const name = type === 'enterprise' ? `${city}基准智能制造有限公司${index + 1}` : `${city}基准中等专业学校${index + 1}`;
    return orgValues({ name, type, regionCode }, { isGenerated: true });
  });
  const orgs: { id: string; name: string }[] = [];
  await inBatches(orgRows, 250, async (batch) => orgs.push(...(await insertOrgs(handle.db, batch))));
  // The founders join at founding; the others are admitted at the sittings, about ten at each.
  const joinedAt = orgs.map((_, index) =>
    index < COUNTS.founders ? -1 : Math.floor(((index - COUNTS.founders) * COUNTS.meetings) / (COUNTS.members - COUNTS.founders)),
  );
  await inBatches(orgs, 250, (batch) =>
    handle.db.insert(bodyMembers).values(
      batch.map((org) => {
        const index = orgs.indexOf(org);
        const founding = index < COUNTS.founders;
        return {
          bodyId,
          orgId: org.id,
          memberRole: founding ? 'founding' : 'member',
          isFounding: founding,
          joinedOn: founding ? '2020-12-12' : meetingDay(joinedAt[index]!),
          joinReason: founding ? '共同发起单位' : '经校长联席会议表决通过',
        };
      }),
    ),
  );
  const withLiaison = orgs.slice(0, COUNTS.members - COUNTS.membersWithoutLiaison);
  await inBatches(withLiaison, 250, (batch) =>
    handle.db
      .insert(liaisons)
      .values(batch.map((org, k) => ({ bodyId, orgId: org.id, name: `联络员${k + 1}`, title: '教务处副处长', phone: '13900000000' }))),
  );
  return { orgs, joinedAt };
}

function voteRow(random: Random, kind: AgendaItemKind, electorate: string[], presentCount: number) {
  const threshold = thresholdFor(kind, DEFAULT_CHARTER_PARAMETERS);
  const voting = Math.round(presentCount * (0.85 + random.next() * 0.15));
  const yes = Math.round(voting * (0.45 + random.next() * 0.5));
  const no = Math.round((voting - yes) * random.next());
  const ballots = { yes, no, abstain: voting - yes - no };
  const decision = decideVote({
    threshold,
    quorum: DEFAULT_CHARTER_PARAMETERS.quorum,
    entitled: electorate.length,
    present: presentCount,
    ballots,
  });
  return {
    threshold,
    quorum: DEFAULT_CHARTER_PARAMETERS.quorum,
    electorate,
    passed: decision.passed,
    result: {
      ...ballots,
      entitled: electorate.length,
      present: presentCount,
      required: decision.required,
      passed: decision.passed,
      explanation: decision.explanation,
    },
  };
}

/** One sitting: attendance of every member then, its 100 votes (the admissions of the units joining at it among them). */
async function seedMeeting(
  handle: DatabaseHandle,
  bodyId: string,
  index: number,
  members: { orgs: { id: string; name: string }[]; joinedAt: number[] },
  next: { resolutionNo: number; ballots: number },
  random: Random,
) {
  const heldOn = meetingDay(index);
  const [meeting] = await handle.db
    .insert(meetings)
    .values({
      bodyId,
      title: `校长联席会议第${index + 1}次会议`,
      heldOn,
      location: '上海市曹杨职业技术学校',
      status: 'concluded',
      minutesText: `会议审议了${VOTES_PER_MEETING}项议题。`,
      minutesStatus: 'published',
      minutesApprovedOn: heldOn,
      minutesPublishedAt: new Date(`${heldOn}T10:00:00Z`),
      isGenerated: true,
    })
    .returning({ id: meetings.id });
  const electorate = members.orgs.filter((_, k) => members.joinedAt[k]! < index).map((org) => org.id);
  const present = electorate.filter(() => random.next() < 0.9);
  const presentSet = new Set(present);
  await inBatches(electorate, 500, (batch) =>
    handle.db.insert(meetingAttendance).values(
      batch.map((orgId) => ({
        meetingId: meeting!.id,
        bodyId,
        orgId,
        status: presentSet.has(orgId) ? 'present' : random.next() < 0.7 ? 'excused' : 'unexcused',
        representativeName: presentSet.has(orgId) ? '校长' : null,
      })),
    ),
  );
  const admitted = members.orgs.filter((_, k) => members.joinedAt[k] === index);
  const opened = new Date(`${heldOn}T02:00:00Z`).getTime();
  const items = Array.from({ length: VOTES_PER_MEETING }, (_, position) => {
    const subject = admitted[position];
    const kind: AgendaItemKind = subject ? 'admission' : random.pick(MANUAL_KINDS);
    const vote = voteRow(random, kind, electorate, present.length);
    const closedAt = new Date(opened + (position + 1) * 60_000);
    return {
      meetingId: meeting!.id,
      bodyId,
      position: position + 1,
      kind,
      title: subject ? `关于接纳${subject.name}为成员单位的议案` : `第${index + 1}次会议第${position + 1}号议题`,
      subjectOrgId: subject?.id ?? null,
      voteStatus: 'closed',
      voteOpenedAt: new Date(closedAt.getTime() - 50_000),
      voteClosedAt: closedAt,
      resolutionNo: vote.passed ? next.resolutionNo++ : null,
      ...vote,
    };
  });
  const inserted: { id: string }[] = [];
  await inBatches(items, 25, async (batch) =>
    inserted.push(...(await handle.db.insert(agendaItems).values(batch).returning({ id: agendaItems.id }))),
  );
  // The ballots of the sitting's first vote, one per unit that voted in it (the counts in its stored result).
  const first = items[0]!.result;
  const choices = [...Array(first.yes).fill('yes'), ...Array(first.no).fill('no'), ...Array(first.abstain).fill('abstain')] as string[];
  await inBatches(
    choices.map((choice, k) => ({
      itemId: inserted[0]!.id,
      orgId: present[k]!,
      choice,
      castVia: 'paper',
      castAt: new Date(opened + 30_000),
    })),
    500,
    (batch) => handle.db.insert(meetingBallots).values(batch),
  );
  next.ballots += choices.length;
}

/** A user holding the body_secretariat role of the body, signed in with BENCH_PASSWORD. */
export async function seedSecretariat(handle: DatabaseHandle, bodyId: string): Promise<string> {
  const username = 'bench_secretariat';
  const [user] = await handle.db
    .insert(users)
    .values({ username, displayName: '联盟秘书处（基准）', passwordHash: await hashPassword(BENCH_PASSWORD), isGenerated: true })
    .returning({ id: users.id });
  await handle.db.insert(userRoles).values({ userId: user!.id, role: 'body_secretariat', scopeType: 'body', scopeId: bodyId });
  return username;
}

async function seedBulletin(handle: DatabaseHandle, bodyId: string, org: { id: string; name: string }): Promise<string> {
  const paragraph = `${org.name}联合成员单位开展产教融合专题研讨，围绕专业群建设、实训基地共建共享和教师企业实践等议题交流经验，形成了下一阶段的合作清单。`;
  const row = await insertBulletin(handle.db, {
    bodyId,
    orgId: org.id,
    status: 'published',
    issueNumber: 1,
    subject: '联盟动态',
    headline: '成员单位开展产教融合专题研讨',
    eventOn: '2025-12-14',
    content: Array.from({ length: 8 }, () => paragraph).join('\n'),
    keywords: ['产教融合', '专业群', '实训基地'],
    reportTo: '市教育局职教处',
    copyTo: '各成员单位',
    issuer: '联盟秘书处',
    issuedOn: '2025-12-16',
    draftedBy: '张老师',
    reviewedBy: '李老师',
    submittedOn: '2025-12-15',
    submittedAt: new Date('2025-12-15T02:00:00Z'),
    publishedAt: new Date('2025-12-16T02:00:00Z'),
    isGenerated: true,
  });
  return row.id;
}

export async function seedGovernance(handle: DatabaseHandle, seed = 20_260_303): Promise<SeededGovernance> {
  const random = seededRandom(seed);
  const body = await createBody(
    handle.db,
    SYSTEM_ACTOR,
    { name: '沿沪宁产业创新带职业院校联盟（基准）', shortName: '沿沪宁联盟', kind: 'alliance', foundedOn: '2020-12-12' },
    { isGenerated: true },
  );
  await registerCharter(handle.db, SYSTEM_ACTOR, body.id, {
    charterTitle: '沿沪宁产业创新带职业院校联盟章程（基准）',
    text: '第八条 校长联席会议原则上每年召开一次。会议决议须经到会成员半数以上同意方为有效。',
    parameters: DEFAULT_CHARTER_PARAMETERS,
    chairRotation: DEFAULT_CHAIR_ROTATION,
    effectiveOn: '2020-12-12',
    adoptionBasis: '成立大会审议通过（基准数据）',
  });
  const members = await seedMembers(handle, body.id, random);
  const next = { resolutionNo: 1, ballots: 0 };
  for (let index = 0; index < COUNTS.meetings; index += 1) await seedMeeting(handle, body.id, index, members, next, random);
  const certificate = await issueFoundingCertificate(handle.db, SYSTEM_ACTOR, body.id, members.orgs[0]!.id, '2026-01-05');
  const bulletinId = await seedBulletin(handle, body.id, members.orgs[1]!);
  const secretariatUsername = await seedSecretariat(handle, body.id);
  // Planner statistics and visibility maps as autovacuum would have them in a running system (index-only scans
  // of the register's count depend on the latter), instead of the state of freshly filled tables.
  await handle.db.execute(sql`vacuum analyze`);
  return {
    bodyId: body.id,
    secretariatUsername,
    password: BENCH_PASSWORD,
    certificateId: certificate.id,
    bulletinId,
    ballots: next.ballots,
  };
}
