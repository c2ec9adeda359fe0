/**
 * The charter parameters the chair, committee and bulletin rules read. A body whose charter is not yet
 * registered falls back to the seed charter's defaults, and callers say so (source 'default') so the UI can
 * tell the user which values are in force.
 */
import { DEFAULT_CHAIR_ROTATION, DEFAULT_CHARTER_PARAMETERS, type TChairRotationRule, type TCharterParameters } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { findCurrentCharter } from './charter.repository.js';

export interface ParametersInForce {
  parameters: TCharterParameters;
  source: 'charter' | 'default';
}

export interface CharterInForce extends ParametersInForce {
  chairRotation: TChairRotationRule;
}

export async function charterInForceOf(db: Executor, bodyId: string): Promise<CharterInForce> {
  const charter = await findCurrentCharter(db, bodyId);
  return charter
    ? { parameters: charter.parameters, chairRotation: charter.chairRotation, source: 'charter' }
    : { parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation: DEFAULT_CHAIR_ROTATION, source: 'default' };
}

export async function charterParametersOf(db: Executor, bodyId: string): Promise<ParametersInForce> {
  const { parameters, source } = await charterInForceOf(db, bodyId);
  return { parameters, source };
}
