import { REGIONS } from '../modules/reference/data/regions.data.js';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './accounts.js';
import { DEMO_DATASET, mergeOrgsByName } from './dataset/index.js';

describe('the demo dataset', () => {
  const orgNames = new Set(DEMO_DATASET.orgs.map((o) => o.name));
  const bodyNames = new Set(DEMO_DATASET.bodies.map((b) => b.name));

  it('defines every unit and body its memberships, liaisons, secretariats and accounts refer to', () => {
    for (const m of DEMO_DATASET.memberships) {
      expect(bodyNames, m.bodyName).toContain(m.bodyName);
      expect(orgNames, m.orgName).toContain(m.orgName);
    }
    for (const l of DEMO_DATASET.liaisons) {
      expect(DEMO_DATASET.memberships).toContainEqual(expect.objectContaining({ bodyName: l.bodyName, orgName: l.orgName }));
    }
    for (const b of DEMO_DATASET.bodies) if (b.secretariatOrgName) expect(orgNames).toContain(b.secretariatOrgName);
    for (const a of DEMO_ACCOUNTS) {
      if (a.scope && 'org' in a.scope) expect(orgNames).toContain(a.scope.org);
      if (a.scope && 'body' in a.scope) expect(bodyNames).toContain(a.scope.body);
    }
  });

  it('places every unit and body in a region the region table knows', () => {
    const known = new Set(REGIONS.map((r) => r.code));
    for (const o of DEMO_DATASET.orgs) expect(known, o.name).toContain(o.regionCode);
    for (const b of DEMO_DATASET.bodies) if (b.regionCode) expect(known, b.name).toContain(b.regionCode);
  });

  it('lists each membership once per body and unit', () => {
    const keys = DEMO_DATASET.memberships.map((m) => `${m.bodyName}|${m.orgName}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the first description of a unit and fills in only what it leaves out', () => {
    const merged = mergeOrgsByName([
      { name: '甲校', type: 'secondary_vocational', regionCode: '310107', shortName: '甲' },
      { name: '甲校', type: 'higher_vocational', regionCode: '320100', shortName: '乙', address: '某路1号' },
    ]);
    expect(merged).toEqual([{ name: '甲校', type: 'secondary_vocational', regionCode: '310107', shortName: '甲', address: '某路1号' }]);
  });
});
