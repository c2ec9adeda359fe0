/** Fixtures: a body with the seed charter's parameters registered as version 1. */
import { DEFAULT_CHAIR_ROTATION, DEFAULT_CHARTER_PARAMETERS, type TCharterParameters } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { registerCharter } from './charter.service.js';

export async function registerSeedCharter(deps: AppDeps, bodyId: string, parameters: TCharterParameters = DEFAULT_CHARTER_PARAMETERS) {
  return registerCharter(deps.database.db, SYSTEM_ACTOR, bodyId, {
    charterTitle: '测试联盟章程',
    text: '第八条 校长联席会议原则上每年召开一次。会议决议须经到会成员半数以上同意方为有效。',
    parameters,
    chairRotation: DEFAULT_CHAIR_ROTATION,
    effectiveOn: '2025-12-12',
    adoptionBasis: '成立大会暨一届一次会议审议通过',
  });
}
