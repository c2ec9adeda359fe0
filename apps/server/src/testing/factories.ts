/**
 * Records the tests start from, built through each owning module's index.ts as the application builds them (so an
 * organisation, a body, a meeting or a call is valid by the same rules a user meets), with names made unique so
 * that tests sharing a file's database never collide. Module test support (`*.test-support.ts`) builds its own
 * scenes from these: the founders' alliance, a 连云港 consortium, a call with submitted 推荐书.
 */
import {
  DEFAULT_CHAIR_ROTATION,
  DEFAULT_CHARTER_PARAMETERS,
  emptyApplicationContent,
  type BodyKind,
  type OrgType,
  type TAgendaItemInput,
  type TApplicationContent,
  type TAttendanceInput,
  type TCharterParameters,
  type TReviewSettings,
} from '@chanjiao/contracts';
import { type Actor, SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { AppDeps } from '../kernel/deps.js';
import { addMember, createBody } from '../modules/bodies/index.js';
import { addAgendaItem, recordAttendance, registerCharter, scheduleMeeting } from '../modules/governance/index.js';
import { insertOrgs, orgValues, type OrgRow } from '../modules/organizations/index.js';
import {
  ANNEX1_POINTS,
  assignReviewByHand,
  createCall,
  createSelectionApplication,
  openCall,
  placeExpert,
  reviewSettingsOf,
  setReviewPanel,
  submitSelectionApplication,
  updateReviewSettings,
} from '../modules/selection/index.js';
import { createTestUser } from './test-app.js';

let sequence = 0;

/** A suffix no other record of this run carries. */
export function uniqueTag(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence}`;
}

export type TestUser = Awaited<ReturnType<typeof createTestUser>>;

/** The user as the services see whoever acts (what a signed-in request carries). */
export function actorOf(user: { id: string; username: string }): Actor {
  return { userId: user.id, username: user.username, ip: null, userAgent: null, requestId: null };
}

// ——— organisations and bodies ———

export interface OrganisationSpec {
  /** Used as written; without one, a unique school name. */
  name?: string;
  type?: OrgType;
  regionCode?: string;
}

export async function makeOrganisation(deps: AppDeps, spec: OrganisationSpec = {}): Promise<OrgRow> {
  const [org] = await insertOrgs(deps.database.db, [
    orgValues({
      name: spec.name ?? `测试职业学校${uniqueTag()}`,
      type: spec.type ?? 'secondary_vocational',
      regionCode: spec.regionCode ?? '310107',
    }),
  ]);
  return org!;
}

export interface MemberSpec extends OrganisationSpec {
  joinedOn?: string;
  reason?: string;
  isFounding?: boolean;
}

export interface BodySpec {
  name?: string;
  kind?: BodyKind;
  regionCode?: string;
  /** How many member units to create, or each one's details. */
  members?: number | MemberSpec[];
  /** The day members without their own date joined. */
  joinedOn?: string;
  /** A 成员单位代表 account (no second factor) for each member unit. */
  representatives?: boolean;
  /** Registers the charter as version 1: the seed charter's parameters unless given. */
  charter?: boolean | TCharterParameters;
}

export interface TestMember {
  id: string;
  name: string;
  representative: TestUser | null;
}

export interface TestBody {
  bodyId: string;
  name: string;
  members: TestMember[];
}

export async function makeBody(deps: AppDeps, spec: BodySpec = {}): Promise<TestBody> {
  const db = deps.database.db;
  const body = await createBody(db, SYSTEM_ACTOR, {
    name: spec.name ?? `测试职业院校联盟${uniqueTag()}`,
    kind: spec.kind ?? 'alliance',
    ...(spec.regionCode ? { regionCode: spec.regionCode } : {}),
  });
  const specs = typeof spec.members === 'number' ? Array.from({ length: spec.members }, (): MemberSpec => ({})) : (spec.members ?? []);
  const members: TestMember[] = [];
  for (const member of specs) {
    const org = await makeOrganisation(deps, member);
    await addMember(db, SYSTEM_ACTOR, body.id, {
      orgId: org.id,
      joinedOn: member.joinedOn ?? spec.joinedOn ?? '2025-12-12',
      reason: member.reason ?? '经校长联席会议表决通过',
      ...(member.isFounding ? { isFounding: true } : {}),
    });
    const representative = spec.representatives
      ? await createTestUser(deps, [{ role: 'member_representative', scopeId: org.id }], { totp: false })
      : null;
    members.push({ id: org.id, name: org.name, representative });
  }
  if (spec.charter) await makeCharter(deps, body.id, spec.charter === true ? DEFAULT_CHARTER_PARAMETERS : spec.charter);
  return { bodyId: body.id, name: body.name, members };
}

/** The body's charter as registered at its founding meeting (第八条: 半数以上 of those present). */
export async function makeCharter(deps: AppDeps, bodyId: string, parameters: TCharterParameters = DEFAULT_CHARTER_PARAMETERS) {
  return registerCharter(deps.database.db, SYSTEM_ACTOR, bodyId, {
    charterTitle: '测试联盟章程',
    text: '第八条 校长联席会议原则上每年召开一次。会议决议须经到会成员半数以上同意方为有效。',
    parameters,
    chairRotation: DEFAULT_CHAIR_ROTATION,
    effectiveOn: '2025-12-12',
    adoptionBasis: '成立大会暨一届一次会议审议通过',
  });
}

// ——— meetings ———

export interface MeetingSpec {
  heldOn: string;
  title?: string;
  items?: TAgendaItemInput[];
  /** Who came; units left out have no attendance recorded. */
  attendance?: TAttendanceInput['entries'];
}

export interface TestMeeting {
  meetingId: string;
  /** The items' ids in the order given. */
  itemIds: string[];
}

/** A scheduled joint meeting of a body that has a charter, with its agenda and attendance. */
export async function makeMeeting(deps: AppDeps, bodyId: string, spec: MeetingSpec): Promise<TestMeeting> {
  const db = deps.database.db;
  const meeting = await scheduleMeeting(db, SYSTEM_ACTOR, bodyId, {
    title: spec.title ?? `${spec.heldOn} 校长联席会议`,
    heldOn: spec.heldOn,
  });
  const itemIds: string[] = [];
  for (const item of spec.items ?? []) itemIds.push((await addAgendaItem(db, SYSTEM_ACTOR, bodyId, meeting.id, item)).id);
  if (spec.attendance?.length) await recordAttendance(db, SYSTEM_ACTOR, bodyId, meeting.id, { entries: spec.attendance });
  return { meetingId: meeting.id, itemIds };
}

/** Attendance entries: the given units present (each with its principal), the others excused. */
export function presentUnits(present: string[], excused: string[] = []): TAttendanceInput['entries'] {
  return [
    ...present.map((orgId) => ({
      orgId,
      status: 'present' as const,
      representativeName: '校长',
      representativeRole: 'principal' as const,
    })),
    ...excused.map((orgId) => ({ orgId, status: 'excused' as const })),
  ];
}

// ——— selection: a call, its 推荐书, experts and their assignments ———

/** Every point of 附件1 scored: 3 per point, 10 for the 7.其他 deduction. */
export const TEST_INDICATOR_SCORES = Object.fromEntries(
  ANNEX1_POINTS.map((point) => [point.code, point.kind === 'deduction' ? { maxScore: 10, weight: null } : { maxScore: 3, weight: 1 }]),
);

/** The scored observation points of 附件1, per basic indicator ('1' … '6'). */
export const ANNEX1_POINTS_BY_INDICATOR: Record<string, string[]> = ANNEX1_POINTS.filter((point) => point.kind === 'score').reduce<
  Record<string, string[]>
>((byIndicator, point) => ({ ...byIndicator, [point.indicatorCode]: [...(byIndicator[point.indicatorCode] ?? []), point.code] }), {});

export interface CallSpec {
  /** The education authority running it; a new 教育局 without one. */
  authorityOrgId?: string;
  /** Beijing wall-clock time. */
  deadline?: string;
  /** The instant the call is created and opened. */
  now?: Date;
}

/** An open call for 市域产教联合体 with 附件1 as its indicator system, every point scored out of 3. */
export async function makeSelectionCall(deps: AppDeps, spec: CallSpec = {}) {
  const db = deps.database.db;
  const now = spec.now ?? new Date('2026-04-01T00:00:00Z');
  const authorityOrgId =
    spec.authorityOrgId ??
    (await makeOrganisation(deps, { name: `连云港市教育局${uniqueTag()}`, type: 'education_authority', regionCode: '320700' })).id;
  const call = await createCall(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId,
      title: `2026年市级市域产教联合体遴选${uniqueTag()}`,
      deadline: spec.deadline ?? '2026-05-28T23:59:59',
      formKey: 'consortium_recommendation',
    },
    now,
    { indicatorSettings: { scores: TEST_INDICATOR_SCORES } },
  );
  return openCall(db, SYSTEM_ACTOR, call.id, call.version, now);
}

const pair = <T>(y2025: T, y2026: T) => ({ y2025, y2026 });

/** A 推荐书 with every cell filled in consistently, ready to submit. */
export function completeContent(park: { orgId: string | null; name: string }): TApplicationContent {
  const content = emptyApplicationContent();
  content.cover = {
    consortiumName: '连云港石化产业市域产教联合体',
    recommendingRegion: '连云港市',
    park: { ...park, uscc: null },
    leadSchool: { orgId: null, name: '连云港职业技术学院', uscc: null },
    leadEnterprise: { orgId: null, name: '盛虹炼化（连云港）有限公司', uscc: null },
    filledOn: '2026-05-20',
  };
  content.summary = {
    mainIndustries: ['石化产业', '新材料'],
    parkLeadingIndustry: '石化产业',
    leadSchoolLevel: 'higher_associate',
    leadEnterpriseIsIntegrationEnterprise: true,
    contactName: '王老师',
    contactTitle: '教务处处长',
    contactMobile: '13800000000',
  };
  content.overview = {
    establishedOn: '2026-06-30',
    leaderName: '张主任',
    leaderTitleAndContact: '管委会副主任 0518-80000000',
    secretariat: {
      hostUnit: { orgId: null, name: '连云港职业技术学院', uscc: null },
      head: '李处长',
      officeArea: 120,
      phone: '0518-80000001',
      staffTotal: 8,
      fullTime: 5,
      partTime: 3,
      staffNames: '李甲、王乙、赵丙、钱丁、孙戊、周己、吴庚、郑辛',
    },
    funding: { y2026: 300, y2027: 350, y2028: 400 },
    fundingSources2026: { leadUnits: 100, government: 150, otherMembers: 30, otherChannels: 20 },
    parkOutput2025: 1520.5,
    parkLeadingIndustries: '以石化产业为核心主导产业。',
    localPolicies: '出台产教融合支持政策并落实。',
  };
  content.members = {
    enterprises: [
      {
        id: 'e1',
        unit: { orgId: null, name: '盛虹炼化（连云港）有限公司', uscc: null },
        employees: 8000,
        assets: 5000000,
        sales: 6000000,
        cooperationBenefit2024: 1200,
      },
    ],
    schools: [
      {
        id: 's1',
        unit: { orgId: null, name: '连云港职业技术学院', uscc: null },
        level: 'higher_associate',
        majorCodes: ['470201', '490201'],
        students: 15000,
        relatedStudents: 2600,
      },
    ],
    others: [
      {
        id: 'o1',
        unit: { orgId: null, name: '连云港市化工研究所', uscc: null },
        nature: 'research',
        headcount: 60,
        supportRole: '技术研发',
        note: null,
      },
    ],
  };
  content.effectiveness = {
    coBuiltMajors: pair(3, 5),
    coBuiltCourses: pair(10, 15),
    coBuiltTextbooks: pair(4, 6),
    coBuiltTrainingBases: pair(2, 3),
    coBuiltIndustryColleges: pair(1, 2),
    enterpriseTeachers: pair({ personTimes: 40, hours: 1200 }, { personTimes: 60, hours: 1800 }),
    interSchoolTeachers: pair({ personTimes: 10, hours: 300 }, { personTimes: 15, hours: 450 }),
    teacherPractice: pair(36, 48),
    teachingTeamAwards: '获国家级教学成果奖二等奖1项',
    apprenticeship: pair(80, 120),
    fieldEngineers: pair(30, 50),
    otherJointTraining: pair(100, 150),
    talentDemandReports: pair(1, 2),
    talentPlatform: pair('已搭建平台', '完善平台'),
    newPractices: pair('引入新工艺', '引入新标准'),
    apprenticePositionRatio: pair(5, 8),
    internshipVolume: pair(2400, 3000),
    secondaryHigherThrough: pair(200, 260),
    secondaryHigherBachelor: pair(40, 60),
    undergraduateAdmissions: pair(20, 30),
    examAdmissionRate: pair(35.5, 40),
    employmentRate: pair(97.2, 98),
    skillsCompetitionAwards: '获省级技能大赛一等奖3项',
    techServicePlatforms: pair(2, 3),
    rdConversionRate: pair(30, 35),
    rdFunding: pair(300, 400),
    researchOutputs: pair(20, 30),
    skillAppraisals: pair(1500, 2000),
    masterStudios: pair(3, 4),
    employeeTrainingDays: pair(12000, 15000),
    socialTrainingDays: pair(3000, 4000),
  };
  content.plan = { constructionPlan: '建设规划和建设内容。' };
  content.features = { featuresAndInnovation: '特色与创新。', noViolationConfirmed: true };
  const signatory = (name: string) => ({ name, signedOn: '2026-05-20', sealFileId: null });
  content.commitment = {
    parkSignatory: signatory('张主任'),
    enterpriseSignatory: signatory('陈总经理'),
    schoolSignatory: signatory('刘院长'),
    authorityOpinion: null,
    authoritySignatory: { name: null, signedOn: null, sealFileId: null },
  };
  return content;
}

export interface UnitNames {
  school: string;
  enterprise: string;
  enterpriseUscc?: string | null;
  other: string;
}

/** A complete 推荐书 whose lead school, enterprise and member units carry the given names. */
export function contentNaming(park: string, units: UnitNames): TApplicationContent {
  const content = completeContent({ orgId: null, name: park });
  content.cover.leadSchool = { orgId: null, name: units.school, uscc: null };
  content.cover.leadEnterprise = { orgId: null, name: units.enterprise, uscc: units.enterpriseUscc ?? null };
  content.overview.secretariat.hostUnit = { orgId: null, name: units.school, uscc: null };
  content.members.schools[0]!.unit = { orgId: null, name: units.school, uscc: null };
  content.members.enterprises[0]!.unit = { orgId: null, name: units.enterprise, uscc: units.enterpriseUscc ?? null };
  content.members.others[0]!.unit = { orgId: null, name: units.other, uscc: null };
  return content;
}

export interface ApplicationSpec {
  name?: string;
  park?: string;
  /** The units the 推荐书 names; distinct ones per application unless given. */
  units?: UnitNames;
  /** The instant it is written and submitted, while the call is open. */
  at?: Date;
}

/** A complete 推荐书, submitted. */
export async function makeSubmittedApplication(deps: AppDeps, callId: string, applicantOrgId: string, spec: ApplicationSpec = {}) {
  const db = deps.database.db;
  const tag = uniqueTag();
  const park = spec.park ?? `测试产业园${tag}`;
  const at = spec.at ?? new Date('2026-05-01T00:00:00Z');
  const units = spec.units ?? { school: `测试职业技术学院${tag}`, enterprise: `测试制造有限公司${tag}`, other: `测试研究所${tag}` };
  const created = await createSelectionApplication(
    db,
    SYSTEM_ACTOR,
    { callId, applicantOrgId, consortiumName: spec.name ?? `测试产业市域产教联合体${tag}`, park: { orgId: null, name: park, uscc: null } },
    at,
    { content: contentNaming(park, units) },
  );
  await submitSelectionApplication(db, SYSTEM_ACTOR, created.id, created.version, at);
  return created;
}

/** An expert account (no second factor), in the given authority's pool (专家库) when one is named. */
export async function makeExpert(deps: AppDeps, authorityOrgId: string | null = null): Promise<TestUser> {
  const user = await createTestUser(deps, [{ role: 'expert' }], { totp: false });
  if (authorityOrgId) await placeExpert(deps.database.db, SYSTEM_ACTOR, user.id, authorityOrgId);
  return user;
}

/**
 * The call's review panel and settings, and each application's experts assigned by hand (as the authority does on
 * the review board): `assignments` maps an application id to its experts' ids.
 */
export async function makeAssignments(
  deps: AppDeps,
  callId: string,
  assignments: Record<string, string[]>,
  settings: Partial<TReviewSettings> = {},
) {
  const db = deps.database.db;
  const panel = [...new Set(Object.values(assignments).flat())];
  await setReviewPanel(db, SYSTEM_ACTOR, callId, panel);
  const current = await reviewSettingsOf(db, callId);
  await updateReviewSettings(db, SYSTEM_ACTOR, callId, {
    version: current.version,
    scoringRule: settings.scoringRule ?? current.scoringRule,
    limits: settings.limits ?? current.limits,
    commentsVisibleToApplicants: settings.commentsVisibleToApplicants ?? current.commentsVisibleToApplicants,
    scoresDueOn: settings.scoresDueOn ?? current.scoresDueOn,
  });
  for (const [applicationId, expertIds] of Object.entries(assignments)) {
    for (const expertId of expertIds) await assignReviewByHand(db, SYSTEM_ACTOR, callId, { expertId, applicationId });
  }
}
