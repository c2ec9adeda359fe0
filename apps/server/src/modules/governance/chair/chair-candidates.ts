/** The member schools the rotation draws on (章程第六条: 成员院校), each with the city it belongs to. */
import type { Executor } from '../../../kernel/db/database.js';
import { regionNames } from '../../reference/index.js';
import type { ChairCandidate } from './chair.rules.js';
import { listMemberSchools } from './chair.repository.js';

/** Municipalities (直辖市) are one city each, though their districts sit under a 市辖区 code. */
const MUNICIPALITY_PROVINCES = new Set(['11', '12', '31', '50']);

export function cityNameOf(regionCode: string, cityCode: string, names: Map<string, string>): string {
  const province = regionCode.slice(0, 2);
  if (MUNICIPALITY_PROVINCES.has(province)) return names.get(`${province}0000`) ?? province;
  return names.get(cityCode) ?? cityCode;
}

export async function chairCandidates(db: Executor, bodyId: string): Promise<Required<ChairCandidate>[]> {
  const [schools, names] = await Promise.all([listMemberSchools(db, bodyId), regionNames(db)]);
  return schools.map((school, index) => ({
    orgId: school.orgId,
    name: school.name,
    city: cityNameOf(school.regionCode, school.cityCode, names),
    joinedOn: school.joinedOn,
    order: index + 1,
  }));
}
