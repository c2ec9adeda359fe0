/** The whole demo dataset: the documents' bodies and units, then the generated records. */
import { ALLIANCE_BODY, ALLIANCE_FOUNDERS, ALLIANCE_MEMBERSHIPS } from './alliance.js';
import { AUTHORITY_ORGS } from './authorities.js';
import { GENERATED_LIAISONS, GENERATED_MEMBERSHIPS, GENERATED_ORGS } from './generated.js';
import { LYG_DEMO_ORGS } from './lianyungang-2026.js';
import { PUTUO_ALLIANCE_BODY, PUTUO_MEMBERSHIPS, PUTUO_SCHOOLS } from './putuo.js';
import { COMMUNITY_BODIES, CONSORTIUM_BODIES, SHANGHAI_2024_MEMBERSHIPS, SHANGHAI_2024_ORGS } from './shanghai-2024.js';
import type { DemoDataset, DemoOrg } from './types.js';

/**
 * One record per name. A unit several documents describe (曹杨 founds the alliance and is a Putuo school)
 * keeps what the first description says and takes from the later ones only what the first leaves out.
 */
export function mergeOrgsByName(orgs: DemoOrg[]): DemoOrg[] {
  const byName = new Map<string, DemoOrg>();
  for (const org of orgs) {
    const earlier = byName.get(org.name);
    if (!earlier) {
      byName.set(org.name, org);
      continue;
    }
    const merged: Record<string, unknown> = { ...earlier };
    for (const [field, value] of Object.entries(org)) merged[field] ??= value;
    byName.set(org.name, merged as DemoOrg);
  }
  return [...byName.values()];
}

export const DEMO_DATASET: DemoDataset = {
  orgs: mergeOrgsByName([
    ...AUTHORITY_ORGS,
    ...ALLIANCE_FOUNDERS,
    ...PUTUO_SCHOOLS,
    ...SHANGHAI_2024_ORGS,
    ...GENERATED_ORGS,
    ...LYG_DEMO_ORGS,
  ]),
  bodies: [ALLIANCE_BODY, PUTUO_ALLIANCE_BODY, ...CONSORTIUM_BODIES, ...COMMUNITY_BODIES],
  memberships: [...ALLIANCE_MEMBERSHIPS, ...PUTUO_MEMBERSHIPS, ...SHANGHAI_2024_MEMBERSHIPS, ...GENERATED_MEMBERSHIPS],
  liaisons: GENERATED_LIAISONS,
};

export type { DemoBody, DemoDataset, DemoLiaison, DemoMembership, DemoOrg } from './types.js';
