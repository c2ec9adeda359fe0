/**
 * The data of the selection benchmark: one open call of 连云港市教育局 with 200 submitted 推荐书 (each naming a
 * lead school, a lead enterprise, and 8 enterprises, 4 schools and 2 other units in its member tables) and a
 * panel of 30 experts with two affiliations each, a third of them tied to enterprises that several applications
 * name — so the assignment has real conflicts (回避) to avoid. Everything is marked as generated.
 */
import { unitsNamedIn } from '../../apps/server/src/modules/selection/applications/application.rules.js';
import { insertApplication, replaceUnits } from '../../apps/server/src/modules/selection/applications/applications.repository.js';
import { contentNaming } from '../../apps/server/src/modules/selection/reviews/review.test-support.js';
import { makeOpenCall } from '../../apps/server/src/modules/selection/applications/applications.test-support.js';
import { replaceAffiliations, replacePanel } from '../../apps/server/src/modules/selection/experts/experts.repository.js';
import { insertOrgs, orgValues } from '../../apps/server/src/modules/organizations/index.js';
import { users } from '../../apps/server/src/kernel/auth/auth.table.js';
import { userRoles } from '../../apps/server/src/kernel/rbac/rbac.table.js';
import type { AppDeps } from '../../apps/server/src/kernel/deps.js';

export const APPLICATIONS = 200;
export const EXPERTS = 30;
const ENTERPRISE_POOL = 120;
const SCHOOL_POOL = 40;

const enterprise = (n: number) => `连云港基准企业${n}有限公司`;
const school = (n: number) => `连云港基准职业学校${n}`;

export async function prepare(deps: AppDeps) {
  const db = deps.database.db;
  const [authority, applicant] = await insertOrgs(db, [
    orgValues({ name: '连云港市教育局（基准）', type: 'education_authority', regionCode: '320700' }),
    orgValues({ name: '连云港职业技术学院（基准）', type: 'higher_vocational', regionCode: '320706' }),
  ]);
  const call = await makeOpenCall(deps, authority!.id);
  const applicationIds: string[] = [];
  for (let i = 0; i < APPLICATIONS; i += 1) {
    const content = contentNaming(`基准园区${i}`, {
      school: school(i % SCHOOL_POOL),
      enterprise: enterprise(i % ENTERPRISE_POOL),
      other: `基准研究所${i}`,
    });
    const template = content.members.enterprises[0]!;
    content.members.enterprises = Array.from({ length: 8 }, (_, k) => ({
      ...template,
      id: `e${k}`,
      unit: { orgId: null, name: enterprise((i * 7 + k) % ENTERPRISE_POOL), uscc: null },
    }));
    const schoolRow = content.members.schools[0]!;
    content.members.schools = Array.from({ length: 4 }, (_, k) => ({
      ...schoolRow,
      id: `s${k}`,
      unit: { orgId: null, name: school((i + k) % SCHOOL_POOL), uscc: null },
    }));
    const otherRow = content.members.others[0]!;
    content.members.others = Array.from({ length: 2 }, (_, k) => ({
      ...otherRow,
      id: `o${k}`,
      unit: { orgId: null, name: `基准研究所${i}-${k}`, uscc: null },
    }));
    const row = await insertApplication(db, {
      callId: call.id,
      applicantOrgId: applicant!.id,
      consortiumName: `基准联合体${i}`,
      parkName: `基准园区${i}`,
      status: 'submitted',
      content,
      latestVersionNo: 1,
      submittedAt: new Date('2026-05-20T02:00:00Z'),
      isGenerated: true,
    });
    await replaceUnits(db, row.id, unitsNamedIn(content));
    applicationIds.push(row.id);
  }
  const expertIds: string[] = [];
  for (let e = 0; e < EXPERTS; e += 1) {
    const [user] = await db
      .insert(users)
      .values({
        username: `bench_expert_${e}_${call.id.slice(0, 8)}`,
        displayName: `基准专家${e}`,
        passwordHash: 'no-sign-in',
        isGenerated: true,
      })
      .returning();
    await db.insert(userRoles).values({ userId: user!.id, role: 'expert', scopeType: 'system', scopeId: null });
    const tied = e % 3 === 0 ? [{ orgId: null, name: enterprise(e * 4), uscc: null, note: null }] : [];
    await replaceAffiliations(db, user!.id, [...tied, { orgId: null, name: `江苏基准大学${e}`, uscc: null, note: null }]);
    expertIds.push(user!.id);
  }
  await replacePanel(db, call.id, expertIds);
  return { callId: call.id, applicationIds, expertIds };
}
