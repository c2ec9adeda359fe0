/**
 * The charter parameters the chair, committee and bulletin rules read. A body whose charter is not yet
 * registered falls back to the seed charter's defaults, and callers say so (source 'default') so the UI can
 * tell the user which values are in force.
 */
import { DEFAULT_CHARTER_PARAMETERS, type TCharterParameters } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { findCurrentCharter } from './charter/charter.repository.js';

export interface ParametersInForce {
  parameters: TCharterParameters;
  source: 'charter' | 'default';
}

export async function charterParametersOf(db: Executor, bodyId: string): Promise<ParametersInForce> {
  const charter = await findCurrentCharter(db, bodyId);
  return charter ? { parameters: charter.parameters, source: 'charter' } : { parameters: DEFAULT_CHARTER_PARAMETERS, source: 'default' };
}
