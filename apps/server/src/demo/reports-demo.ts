/**
 * The demo's quality-report cycle: 普陀区教育局's 2022 cycle for the six schools of 普陀区年报 表1, open, each school's
 * draft holding the figures the report prints; the district report's printed 表1 合计 is recorded as its stated
 * figures, so that the generated report flags where they differ from the schools' data, and its 表3 (training by year,
 * with its printed 合计) as the bureau's own figures.
 *
 * The five schools other than 曹杨职校 walk the chain (采集员 submits, 审核员 passes, 校长 approves with the 责任声明 and
 * publishes), each step taken through the services as that school's demo account, so the history and the audit
 * trail read as real work; then 普陀区教育局 publishes its district report. 曹杨职校's report stays a draft for its
 * collector, reviewer and principal to walk. Idempotent: a step is taken only where nobody has acted yet — a report
 * with any history, or a publication once withdrawn, is left as the people using the demo left it.
 */
import type { AppDeps } from '../kernel/deps.js';
import { type Actor, SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { shanghaiDate } from '../kernel/time/shanghai.js';
import { assignRole, createUser } from '../modules/accounts/users.service.js';
import {
  createCycle,
  cycleIdOfYear,
  getAuthorityData,
  cyclePublicationState,
  getReport,
  importReportData,
  listReportsOfCycle,
  openCycle,
  passReport,
  publishCycleReport,
  publishReport,
  recordStatedTotals,
  saveAuthorityData,
  approveReport,
  reportPublicationState,
  submitReport,
} from '../modules/reports/index.js';
import { PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import {
  PUTUO_2022_CHAIN,
  PUTUO_2022_CYCLE,
  PUTUO_2022_PUBLICATIONS,
  PUTUO_2022_STATED_TOTALS,
  PUTUO_2022_TRAINING,
  putuo2022Data,
  putuo2022Source,
} from './dataset/putuo-2022-report.js';
import { grantsOfUser, orgIdsByName, userIdsByUsername } from './demo.repository.js';
import { DEMO_PASSWORD } from './index.js';

type Step = 'collector' | 'reviewer' | 'principal';
const ROLE_OF: Record<Step, 'data_collector' | 'reviewer' | 'principal'> = {
  collector: 'data_collector',
  reviewer: 'reviewer',
  principal: 'principal',
};
const STEP_NAMES: Record<Step, string> = { collector: '质量报告采集员', reviewer: '质量报告审核员', principal: '校长' };

const AUTHORITY_USERNAME = 'putuo_authority';
const usernameOf = (key: string, step: Step) => `pt_${key}_${step}`;

/** The report accounts of the five schools: generated like the panel's experts, not listed at start-up. */
async function ensureSchoolAccounts(deps: AppDeps, orgIds: Map<string, string>) {
  const { db } = deps.database;
  const wanted = PUTUO_2022_CHAIN.flatMap((school) =>
    (Object.keys(ROLE_OF) as Step[]).map((step) => ({ school, step, username: usernameOf(school.key, step) })),
  );
  const ids = await userIdsByUsername(
    db,
    wanted.map((w) => w.username),
  );
  for (const { school, step, username } of wanted) {
    if (!ids.has(username)) {
      const user = await createUser(db, deps.config, SYSTEM_ACTOR, {
        username,
        displayName: `${school.shortName}${STEP_NAMES[step]}（演示）`,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        isDemo: true,
        isGenerated: true,
      });
      ids.set(username, user.id);
    }
    const scopeId = orgIds.get(school.orgName)!;
    // assignRole skips a role the user already holds for the same scope.
    await db.transaction((tx) => assignRole(tx, SYSTEM_ACTOR, { userId: ids.get(username)!, role: ROLE_OF[step], scopeId }));
  }
  return ids;
}

/** Acting as a demo account: its own grants, its name in the history and the audit trail. */
async function actingAs(deps: AppDeps, userId: string, username: string) {
  const actor: Actor = { userId, username, ip: null, userAgent: null, requestId: null };
  return { actor, grants: await grantsOfUser(deps.database.db, userId) };
}

async function ensureCycle(deps: AppDeps, authorityOrgId: string, orgIds: Map<string, string>) {
  const { db } = deps.database;
  const existing = await cycleIdOfYear(db, authorityOrgId, PUTUO_2022_CYCLE.reportYear);
  if (existing) return existing;
  const schools = putuo2022Data();
  const cycle = await createCycle(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId,
      ...PUTUO_2022_CYCLE,
      levels: ['school_secondary'],
      reportingUnits: schools.map((s) => ({ orgId: orgIds.get(s.orgName)!, level: 'school_secondary' as const })),
    },
    { isGenerated: true },
  );
  await openCycle(db, SYSTEM_ACTOR, cycle.id, cycle.version, new Date(PUTUO_2022_CHAIN_DATES.opened));
  await recordStatedTotals(db, SYSTEM_ACTOR, cycle.id, PUTUO_2022_STATED_TOTALS);
  for (const school of schools) {
    await importReportData(db, SYSTEM_ACTOR, cycle.id, orgIds.get(school.orgName)!, school.data, putuo2022Source(school.orgName));
  }
  return cycle.id;
}

/**
 * 普陀区教育局's own 表3 figures, entered as printed where the bureau has entered none yet (a cycle made before they
 * existed gets them too; figures the people using the demo changed are left as they are).
 */
async function ensureTrainingTable(deps: AppDeps, cycleId: string) {
  const { db } = deps.database;
  const current = await getAuthorityData(db, cycleId);
  if (current.data.training.years.length > 0 || current.data.training.stated !== null) return;
  await saveAuthorityData(db, SYSTEM_ACTOR, cycleId, { data: PUTUO_2022_TRAINING, version: current.version });
}

/** When the demo's steps happen: within the demo's deadlines of the cycle (dataset/putuo-2022-report.ts). */
const PUTUO_2022_CHAIN_DATES = {
  opened: '2023-01-03T01:00:00Z',
  submitted: '2023-01-12T02:00:00Z',
  reviewed: '2023-01-18T02:00:00Z',
  approved: '2023-01-30T02:00:00Z',
  published: `${PUTUO_2022_PUBLICATIONS.publishedOn}T02:00:00Z`,
};

/** One school's report through the chain and onto its website, as its accounts; skipped where anyone acted. */
async function walkSchool(deps: AppDeps, school: (typeof PUTUO_2022_CHAIN)[number], reportId: string, userIds: Map<string, string>) {
  const { db } = deps.database;
  const as = (step: Step) => actingAs(deps, userIds.get(usernameOf(school.key, step))!, usernameOf(school.key, step));
  const collector = await as('collector');
  const start = await getReport(db, collector.grants, collector.actor, reportId);
  if (start.status === 'draft' && start.history.length === 0) {
    const at = (key: keyof typeof PUTUO_2022_CHAIN_DATES) => new Date(PUTUO_2022_CHAIN_DATES[key]);
    await submitReport(db, collector.actor, collector.grants, reportId, start.version, at('submitted'));
    const reviewer = await as('reviewer');
    const submitted = await getReport(db, reviewer.grants, reviewer.actor, reportId);
    await passReport(
      db,
      reviewer.actor,
      reviewer.grants,
      reportId,
      { version: submitted.version, comment: '数据与台账核对无误' },
      at('reviewed'),
    );
    const principal = await as('principal');
    const reviewed = await getReport(db, principal.grants, principal.actor, reportId);
    await approveReport(
      db,
      principal.actor,
      principal.grants,
      reportId,
      { version: reviewed.version, signatoryName: `${school.shortName}校长（演示）`, statementAccepted: true },
      at('approved'),
    );
  }
  const principal = await as('principal');
  const now = new Date(PUTUO_2022_CHAIN_DATES.published);
  const state = await reportPublicationState(db, principal.grants, principal.actor, reportId, shanghaiDate(now));
  if (!state.mayPublish || state.withdrawals.length > 0) return;
  await publishReport(
    db,
    principal.actor,
    principal.grants,
    reportId,
    { form: 'school_website', publishedOn: PUTUO_2022_PUBLICATIONS.publishedOn, url: school.url },
    now,
    shanghaiDate(now),
  );
}

export async function ensureReportsDemo(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const schools = putuo2022Data();
  const orgIds = await orgIdsByName(db, [PUTUO_EDUCATION_BUREAU, ...schools.map((s) => s.orgName)]);
  const authorityOrgId = orgIds.get(PUTUO_EDUCATION_BUREAU);
  if (!authorityOrgId || schools.some((s) => !orgIds.has(s.orgName))) return;
  const cycleId = await ensureCycle(deps, authorityOrgId, orgIds);
  await ensureTrainingTable(deps, cycleId);

  const userIds = await ensureSchoolAccounts(deps, orgIds);
  const reports = new Map((await listReportsOfCycle(db, cycleId)).map((r) => [r.orgName, r.report.id]));
  for (const school of PUTUO_2022_CHAIN) await walkSchool(deps, school, reports.get(school.orgName)!, userIds);

  // The district report, by the district's demo account (accounts.ts) once the start-up accounts hold their roles.
  const authorityUserId = (await userIdsByUsername(db, [AUTHORITY_USERNAME])).get(AUTHORITY_USERNAME);
  if (!authorityUserId) return;
  const authority = await actingAs(deps, authorityUserId, AUTHORITY_USERNAME);
  const now = new Date(PUTUO_2022_CHAIN_DATES.published);
  const state = await cyclePublicationState(db, authority.grants, cycleId, shanghaiDate(now));
  if (!state.mayPublish || state.withdrawals.length > 0) return;
  await publishCycleReport(
    db,
    authority.actor,
    authority.grants,
    cycleId,
    { form: 'district_website', publishedOn: PUTUO_2022_PUBLICATIONS.publishedOn, url: PUTUO_2022_PUBLICATIONS.districtUrl },
    now,
    shanghaiDate(now),
  );
}
