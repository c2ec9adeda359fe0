/** Fixtures for the review tests: submitted applications with distinct member units, and expert accounts. */
import { type TApplicationContent, usccCheckCharacter } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { createTestUser } from '../../../testing/test-app.js';
import { createApplication, submitApplication } from '../applications/applications.service.js';
import { completeContent } from '../applications/applications.test-support.js';

/** A valid 统一社会信用代码 built from 17 characters. */
export function validUscc(first17: string): string {
  return first17 + usccCheckCharacter(first17);
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

const WHILE_OPEN = new Date('2026-05-01T00:00:00Z');

export async function submittedApplication(deps: AppDeps, callId: string, applicantOrgId: string, name: string, park: string, units: UnitNames) {
  const db = deps.database.db;
  const created = await createApplication(
    db,
    SYSTEM_ACTOR,
    { callId, applicantOrgId, consortiumName: name, park: { orgId: null, name: park, uscc: null } },
    WHILE_OPEN,
    { content: contentNaming(park, units) },
  );
  await submitApplication(db, SYSTEM_ACTOR, created.id, created.version, WHILE_OPEN);
  return created;
}

export async function makeExpert(deps: AppDeps) {
  return createTestUser(deps, [{ role: 'expert' }], { totp: false });
}
