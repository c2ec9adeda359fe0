import type { TBodySummary } from '@chanjiao/contracts/bodies';
import { describe, expect, it } from 'vitest';
import { chooseTalentBody, type TalentBodyFacts } from './talent-body-choice';

const body = (id: string, kind: TBodySummary['kind'], secretariatOrgId?: string): TBodySummary => ({
  id,
  name: `联合体${id}`,
  shortName: null,
  kind,
  regionCode: null,
  regionName: null,
  secretariatOrg: secretariatOrgId ? { id: secretariatOrgId, name: '秘书处单位' } : null,
  memberCount: 3,
  foundedOn: null,
  isGenerated: false,
  version: 1,
});

const bodies = [
  body('alliance', 'alliance'),
  body('community', 'community'),
  body('lyg', 'consortium', 'college'),
  body('minhang', 'consortium'),
  body('putuo', 'alliance'),
];
const facts = (over: Partial<TalentBodyFacts>): TalentBodyFacts => ({
  chosen: null,
  servedBodyIds: [],
  orgIds: [],
  memberOfBodyIds: [],
  bodies,
  ...over,
});
const ids = (list: TBodySummary[] | null) => list?.map((b) => b.id) ?? null;

describe('the body a talent page opens at', () => {
  it.each([
    ['the secretariat of one body: that body, no picker', { servedBodyIds: ['minhang'] }, 'minhang', null],
    ['an enterprise member of one body: that body, no picker', { orgIds: ['ent'], memberOfBodyIds: ['minhang'] }, 'minhang', null],
    ['the organisation running a body’s secretariat: that body', { orgIds: ['college'] }, 'lyg', null],
    [
      'a school in two alliances: the first, with the two to choose from',
      { orgIds: ['school'], memberOfBodyIds: ['alliance', 'putuo'] },
      'alliance',
      ['alliance', 'putuo'],
    ],
    [
      'a school in a community and a consortium: the consortium first',
      { orgIds: ['school'], memberOfBodyIds: ['community', 'minhang'] },
      'minhang',
      ['minhang', 'community'],
    ],
    [
      'a secretariat whose unit is also a member elsewhere: the body it serves first',
      { servedBodyIds: ['putuo'], orgIds: ['college'] },
      'putuo',
      ['putuo', 'lyg'],
    ],
    ['a member and secretariat of the same body counts it once', { orgIds: ['college'], memberOfBodyIds: ['lyg'] }, 'lyg', null],
    [
      'staff outside every body: the first consortium, with every body to choose from',
      {},
      'lyg',
      ['alliance', 'community', 'lyg', 'minhang', 'putuo'],
    ],
    [
      'an address naming another body wins, and offers every body',
      { chosen: 'putuo', servedBodyIds: ['minhang'] },
      'putuo',
      ['alliance', 'community', 'lyg', 'minhang', 'putuo'],
    ],
    ['an address naming the own body keeps the page without a picker', { chosen: 'minhang', servedBodyIds: ['minhang'] }, 'minhang', null],
  ] as const)('%s', (_, over, bodyId, picker) => {
    const choice = chooseTalentBody(facts(over as Partial<TalentBodyFacts>));
    expect(choice.bodyId).toBe(bodyId);
    expect(ids(choice.pickerOptions)).toEqual(picker);
  });

  it('has nothing to show before the bodies are known', () => {
    expect(chooseTalentBody(facts({ bodies: [] }))).toEqual({ bodyId: undefined, own: [], pickerOptions: [] });
  });
});
