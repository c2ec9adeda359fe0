/**
 * Who a task's units are in a given year (附件3 二 牵头/负责部门): the 轮值主席单位 is that year's chair
 * (chair schedule), a 委员会 is the member units whose people hold its posts, 全体成员单位 is every current
 * member, and a named unit is itself.
 */
import type { Executor } from '../../../kernel/db/database.js';
import { listActiveMemberOrgs } from '../bulletins/bulletins.repository.js';
import { findChairOfYear } from '../chair/chair.repository.js';
import { orgsServingIn } from '../offices/offices.repository.js';
import type { PlanUnit } from './workplan.rules.js';

export interface UnitDirectory {
  memberIds: Set<string>;
  names: Map<string, string>;
  chairOf: (year: number) => string | undefined;
  committeeOrgs: Map<string, Set<string>>;
  orgIdByName: Map<string, string>;
}

export async function unitDirectory(
  db: Executor,
  bodyId: string,
  years: number[],
  committeeNames: string[],
  today: string,
): Promise<UnitDirectory> {
  const [members, chairs, serving] = await Promise.all([
    listActiveMemberOrgs(db, bodyId),
    Promise.all([...new Set(years)].map(async (year) => [year, await findChairOfYear(db, bodyId, year)] as const)),
    orgsServingIn(db, bodyId, [...new Set(committeeNames)], today),
  ]);
  const committeeOrgs = new Map<string, Set<string>>();
  for (const row of serving) committeeOrgs.set(row.officeName, (committeeOrgs.get(row.officeName) ?? new Set()).add(row.orgId));
  const chairByYear = new Map(chairs);
  return {
    memberIds: new Set(members.map((member) => member.id)),
    names: new Map(members.map((member) => [member.id, member.name])),
    chairOf: (year) => chairByYear.get(year),
    committeeOrgs,
    orgIdByName: new Map(members.map((member) => [member.name, member.id])),
  };
}

/** The units a plan unit stands for; `everyone` for 全体成员单位. */
export function orgsOfUnit(unit: PlanUnit, year: number, directory: UnitDirectory): Set<string> | 'everyone' {
  switch (unit.kind) {
    case 'all_members':
      return 'everyone';
    case 'chair_unit': {
      const chair = directory.chairOf(year);
      return new Set(chair ? [chair] : []);
    }
    case 'committee':
      return directory.committeeOrgs.get(unit.name) ?? new Set();
    case 'org': {
      const id = directory.orgIdByName.get(unit.name);
      return new Set(id ? [id] : []);
    }
  }
}

/** A unit answers for the task: named by it, or one of 全体成员单位. */
export function answersFor(orgId: string, units: PlanUnit[], year: number, directory: UnitDirectory): boolean {
  return units.some((unit) => {
    const orgs = orgsOfUnit(unit, year, directory);
    return orgs === 'everyone' ? directory.memberIds.has(orgId) : orgs.has(orgId);
  });
}

/** "Its own" task for a unit: one it is named for specifically (as chair unit, committee or by name), not only as one of all members. */
export function isOwnTask(orgIds: string[], units: PlanUnit[], year: number, directory: UnitDirectory): boolean {
  return units.some((unit) => {
    const orgs = orgsOfUnit(unit, year, directory);
    return orgs !== 'everyone' && orgIds.some((orgId) => orgs.has(orgId));
  });
}

export function resolvedName(unit: PlanUnit, year: number, directory: UnitDirectory): string | null {
  if (unit.kind !== 'chair_unit') return null;
  const chair = directory.chairOf(year);
  return chair ? (directory.names.get(chair) ?? null) : null;
}
