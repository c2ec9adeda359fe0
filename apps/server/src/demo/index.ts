/**
 * Demo data (docs/sources.md 5.4): the bodies and organisations of the documents, generated enterprises and liaisons,
 * and one account per role. Loading is idempotent: every record has a stable key and is skipped when
 * present, and a database that already holds the whole demo is recognised with two queries.
 */
import { ROLES, type Role } from '@chanjiao/contracts';
import type { Database } from '../kernel/db/database.js';
import type { AppDeps } from '../kernel/deps.js';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { assignRole, createUser } from '../modules/accounts/users.service.js';
import { DEMO_ACCOUNTS, type DemoAccountSpec } from './accounts.js';
import { DEMO_DATASET } from './dataset/index.js';
import * as repo from './demo.repository.js';
import { seedDemoRecords } from './seed-records.js';
import { ensureGovernanceStructureDemo } from './governance-structure.js';
import { ensureFinanceAndProjectsDemo } from './governance-finance-projects.js';
import { ensureActivitiesDemo } from './governance-activities.js';
import { ensureFirstMeetingDemo } from './governance-meetings.js';
import { ensureAdmissionsDemo } from './governance-admissions.js';
import { shanghaiToday } from '../kernel/time/shanghai.js';
import { ensureSelectionDemo } from './selection-demo.js';
import { ensureSelectionReviewDemo } from './selection-review-demo.js';
import { ensureReportsDemo } from './reports-demo.js';
import { ensureComplianceDemo } from './reports-compliance-demo.js';
import { ensureRegistersDemo } from './reports-registers-demo.js';
import { ensureResourcesDemo } from './resources-demo.js';
import { ensureExchangeDemo } from './exchange-demo.js';
import { ensureCourseExchangeDemo } from './resources-courses-demo.js';
import { ensureLearningRecordDemo } from './learning-record-demo.js';
import { ensureTalentListsDemo } from './talent-lists.js';
import { ensurePlacementsDemo } from './placements-demo.js';
import { ensureTalentReportsDemo } from './talent-reports-demo.js';
import { ensureTalentExchangeDemo } from './talent-exchange-demo.js';
import { ensureDemoCharters } from '../modules/governance/charter/charter.demo.js';
import { ALLIANCE_CHARTER_ADOPTED_ON, ALLIANCE_CHARTER_TEXT } from './dataset/alliance-charter.js';
import { ALLIANCE_NAME } from './dataset/alliance.js';

export const DEMO_PASSWORD = 'Chanjiao2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  description: string;
  role: Role;
  /** The organisation or body the role is held for; null for system roles. */
  scopeId: string | null;
}

/** Creates the accounts that do not exist yet; returns the ids of all of them by username. */
async function ensureDemoUsers(deps: AppDeps, accounts: Pick<DemoAccount, 'username' | 'displayName' | 'role'>[]) {
  const { db } = deps.database;
  const ids = await repo.userIdsByUsername(
    db,
    accounts.map((a) => a.username),
  );
  for (const account of accounts.filter((a) => !ids.has(a.username))) {
    const user = await createUser(db, deps.config, SYSTEM_ACTOR, {
      username: account.username,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      isDemo: true,
      isGenerated: true,
      // The published demo password meets the administrators' policy too.
      administrator: 'adminDuty' in ROLES[account.role],
    });
    ids.set(user.username, user.id);
  }
  return ids;
}

async function assignDemoRoles(db: Database, accounts: DemoAccount[], userIds: Map<string, string>) {
  for (const account of accounts) {
    const userId = userIds.get(account.username)!;
    // assignRole skips a role the user already holds for the same scope.
    await db.transaction((tx) => assignRole(tx, SYSTEM_ACTOR, { userId, role: account.role, scopeId: account.scopeId }));
  }
}

export async function seedDemoAccounts(deps: AppDeps, accounts: DemoAccount[]): Promise<void> {
  const userIds = await ensureDemoUsers(deps, accounts);
  await assignDemoRoles(deps.database.db, accounts, userIds);
}

/** Scope names → ids; a scope that cannot be found stays null, and assigning that role then fails. */
async function resolveAccounts(db: Database, specs: DemoAccountSpec[]): Promise<DemoAccount[]> {
  const orgNames = specs.flatMap((s) => (s.scope && 'org' in s.scope ? [s.scope.org] : []));
  const bodyNames = specs.flatMap((s) => (s.scope && 'body' in s.scope ? [s.scope.body] : []));
  const [orgIds, bodyIds] = await Promise.all([repo.orgIdsByName(db, orgNames), repo.bodyIdsByName(db, bodyNames)]);
  return specs.map(({ scope, ...account }) => ({
    ...account,
    scopeId: !scope ? null : 'org' in scope ? (orgIds.get(scope.org) ?? null) : (bodyIds.get(scope.body) ?? null),
  }));
}

/** Charters as data (《沿沪宁产业创新带职业院校联盟章程》): registered once, also into a demo database loaded before they existed. */
const DEMO_CHARTERS = [
  {
    bodyName: ALLIANCE_NAME,
    title: '沿沪宁产业创新带职业院校联盟章程',
    text: ALLIANCE_CHARTER_TEXT,
    adoptedOn: ALLIANCE_CHARTER_ADOPTED_ON,
  },
];

/** Every body is there and every account holds its roles (granted last), so an earlier run completed. */
async function isDemoComplete(db: Database): Promise<boolean> {
  const usernames = DEMO_ACCOUNTS.map((a) => a.username);
  const [bodyIds, withRoles] = await Promise.all([
    repo.bodyIdsByName(
      db,
      DEMO_DATASET.bodies.map((b) => b.name),
    ),
    repo.countUsersWithRoles(db, usernames),
  ]);
  return bodyIds.size === DEMO_DATASET.bodies.length && withRoles === usernames.length;
}

/**
 * Loads whatever part of the demo is missing and returns the demo accounts to show at start-up. The records that
 * follow the calendar (admissions, activities, the ledger) are built as of the application's clock, so what they
 * say agrees with each other and with the day the demo is shown on.
 */
export async function seedDemo(deps: AppDeps): Promise<DemoAccount[]> {
  const { db } = deps.database;
  const today = shanghaiToday(deps.clock);
  if (await isDemoComplete(db)) {
    await ensureDemoCharters(db, DEMO_CHARTERS);
    await ensureGovernanceStructureDemo(db);
    await ensureFirstMeetingDemo(db);
    await ensureAdmissionsDemo(db, today);
    await ensureFinanceAndProjectsDemo(db, today);
    await ensureActivitiesDemo(db, today);
    await ensureSelectionDemo(db, today);
    await ensureSelectionReviewDemo(deps);
    await ensureReportsDemo(deps);
    await ensureComplianceDemo(deps);
    await ensureRegistersDemo(deps);
    await ensureResourcesDemo(db);
    await ensureExchangeDemo(db);
    await ensureCourseExchangeDemo(db);
    await ensureLearningRecordDemo(deps);
    await ensureTalentListsDemo(db);
    await ensurePlacementsDemo(db);
    // The exchange's demand and supply first: the port consortium's quarterly report is drafted from them.
    await ensureTalentExchangeDemo(db, today);
    await ensureTalentReportsDemo(db, today);
    return resolveAccounts(db, DEMO_ACCOUNTS);
  }
  const userIds = await ensureDemoUsers(deps, DEMO_ACCOUNTS);
  await seedDemoRecords(db, DEMO_DATASET, userIds);
  await ensureDemoCharters(db, DEMO_CHARTERS);
  await ensureGovernanceStructureDemo(db);
  await ensureFirstMeetingDemo(db);
  await ensureAdmissionsDemo(db, today);
  await ensureFinanceAndProjectsDemo(db, today);
  await ensureActivitiesDemo(db, today);
  await ensureSelectionDemo(db, today);
  await ensureResourcesDemo(db);
  await ensureExchangeDemo(db);
  await ensureCourseExchangeDemo(db);
  await ensureLearningRecordDemo(deps);
  const accounts = await resolveAccounts(db, DEMO_ACCOUNTS);
  await assignDemoRoles(db, accounts, userIds);
  // The panel needs the expert role, which the accounts hold only from here on.
  await ensureSelectionReviewDemo(deps);
  await ensureReportsDemo(deps);
  await ensureComplianceDemo(deps);
  await ensureRegistersDemo(deps);
  await ensureTalentListsDemo(db);
  await ensurePlacementsDemo(db);
  // The exchange's demand and supply first: the port consortium's quarterly report is drafted from them.
  await ensureTalentExchangeDemo(db, today);
  await ensureTalentReportsDemo(db, today);
  return accounts;
}
