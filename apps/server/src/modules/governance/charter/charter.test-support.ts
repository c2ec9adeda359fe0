/** Fixtures: a body with the seed charter's parameters registered as version 1. */
import { DEFAULT_CHARTER_PARAMETERS, type TCharterParameters } from '@chanjiao/contracts';
import type { AppDeps } from '../../../kernel/deps.js';
import { makeCharter } from '../../../testing/factories.js';

export async function registerSeedCharter(deps: AppDeps, bodyId: string, parameters: TCharterParameters = DEFAULT_CHARTER_PARAMETERS) {
  return makeCharter(deps, bodyId, parameters);
}
