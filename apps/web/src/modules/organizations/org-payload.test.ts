import type { TOrg } from '@chanjiao/contracts/organizations';
import { describe, expect, it } from 'vitest';
import { orgFormValues, orgPayload } from './org-payload';

const SCHOOL: TOrg = {
  id: 'e48664a7-f283-4b45-81ce-1216a59c93b8',
  name: '上海市曹杨职业技术学校',
  shortName: '曹杨职校',
  uscc: null,
  type: 'secondary_vocational',
  level: 'secondary',
  regionCode: '310107',
  regionName: '普陀区',
  address: '清涧路240号',
  legalRepresentative: null,
  website: null,
  description: null,
  isGenerated: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('organisation form payload', () => {
  it('sends an emptied text as "" so that the server clears it', () => {
    const values = { ...orgFormValues(SCHOOL), shortName: '   ', address: ' 清涧路 240 号 ' };
    expect(orgPayload(values)).toMatchObject({ shortName: '', address: '清涧路 240 号', legalRepresentative: '' });
  });

  it('keeps the school level for schools and drops it for other organisations', () => {
    expect(orgPayload(orgFormValues(SCHOOL)).level).toBe('secondary');
    expect(orgPayload({ ...orgFormValues(SCHOOL), type: 'enterprise' }).level).toBeNull();
  });

  it('writes the credit code in capitals, as printed on licences', () => {
    expect(orgPayload({ ...orgFormValues(SCHOOL), uscc: ' 91310107ma1g53455g ' }).uscc).toBe('91310107MA1G53455G');
  });
});
