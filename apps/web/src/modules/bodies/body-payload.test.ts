import type { TBody } from '@chanjiao/contracts/bodies';
import { describe, expect, it } from 'vitest';
import { bodyCreatePayload, bodyFormValues, bodyUpdatePayload } from './body-payload';

const ALLIANCE: TBody = {
  id: '0b8e3a57-1f7b-4bd6-9d0a-7f0c3e9a1c11',
  name: '沿沪宁产业创新带职业院校联盟',
  shortName: '沿沪宁联盟',
  kind: 'alliance',
  regionCode: '310107',
  regionName: '普陀区',
  secretariatOrg: { id: 'e48664a7-f283-4b45-81ce-1216a59c93b8', name: '上海市曹杨职业技术学校' },
  memberCount: 12,
  foundedOn: '2025-11-28',
  description: null,
  sourceNote: null,
  isGenerated: false,
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('body form payload', () => {
  it('leaves out of a new body what the form left empty', () => {
    const payload = bodyCreatePayload({ name: ' 普陀区职教联盟 ', shortName: '  ', kind: 'district_alliance', foundedOn: null });
    expect(payload).toEqual({
      name: '普陀区职教联盟',
      shortName: undefined,
      kind: 'district_alliance',
      regionCode: undefined,
      secretariatOrgId: undefined,
      foundedOn: undefined,
      description: undefined,
    });
  });

  it('sends null for a field emptied while editing, because an omitted field would stay as it was', () => {
    const values = { ...bodyFormValues(ALLIANCE), shortName: '', secretariatOrgId: null, foundedOn: null };
    expect(bodyUpdatePayload(values, ALLIANCE.version)).toMatchObject({
      shortName: null,
      secretariatOrgId: null,
      foundedOn: null,
      regionCode: '310107',
      version: 4,
    });
  });

  it('round-trips an unchanged body to the same values', () => {
    expect(bodyUpdatePayload(bodyFormValues(ALLIANCE), 4)).toEqual({
      name: '沿沪宁产业创新带职业院校联盟',
      shortName: '沿沪宁联盟',
      kind: 'alliance',
      regionCode: '310107',
      secretariatOrgId: 'e48664a7-f283-4b45-81ce-1216a59c93b8',
      foundedOn: '2025-11-28',
      description: null,
      version: 4,
    });
  });
});
