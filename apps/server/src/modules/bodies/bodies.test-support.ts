/** Fixtures for the bodies tests: organisations and bodies written straight through the services. */
import type { BodyKind, OrgType } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../kernel/deps.js';
import { makeOrganisation, uniqueTag } from '../../testing/factories.js';
import { createBody } from './bodies.service.js';
import { addMember } from './members.service.js';

export async function makeOrg(deps: AppDeps, name: string, type: OrgType = 'secondary_vocational', regionCode = '310107') {
  return makeOrganisation(deps, { name: `${name}${uniqueTag()}`, type, regionCode });
}

export async function makeBody(deps: AppDeps, name: string, kind: BodyKind = 'alliance') {
  return createBody(deps.database.db, SYSTEM_ACTOR, { name: `${name}${uniqueTag()}`, kind });
}

export async function join(deps: AppDeps, bodyId: string, orgId: string, joinedOn = '2025-06-01') {
  return addMember(deps.database.db, SYSTEM_ACTOR, bodyId, { orgId, joinedOn, reason: '经校长联席会议表决通过' });
}
