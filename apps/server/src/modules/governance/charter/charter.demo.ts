/**
 * Demo data: the alliance's charter as adopted at its founding meeting (简报第1期 附件1), registered once. Running
 * again finds it and changes nothing, so a demo database that predates this step also gets it.
 */
import { DEFAULT_CHAIR_ROTATION, DEFAULT_CHARTER_PARAMETERS, type TChairRotationRule } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { findBodyByName } from '../../bodies/index.js';
import { findCurrentCharter } from './charter.repository.js';
import { registerCharter } from './charter.service.js';

export interface DemoCharter {
  bodyName: string;
  title: string;
  text: string;
  adoptedOn: string;
  /** 章程第六条 of this body's charter; the seed charter's (different cities) unless given. */
  chairRotation?: TChairRotationRule;
  basis?: string;
}

export async function ensureDemoCharters(db: Executor, charters: DemoCharter[]): Promise<number> {
  let added = 0;
  for (const charter of charters) {
    const body = await findBodyByName(db, charter.bodyName);
    if (!body || (await findCurrentCharter(db, body.id))) continue;
    await registerCharter(db, SYSTEM_ACTOR, body.id, {
      charterTitle: charter.title,
      text: charter.text,
      parameters: DEFAULT_CHARTER_PARAMETERS,
      chairRotation: charter.chairRotation ?? DEFAULT_CHAIR_ROTATION,
      effectiveOn: charter.adoptedOn,
      adoptionBasis: charter.basis ?? '成立大会暨一届一次会议审议通过（简报第1期）；章程第二十九条：自第一次校长联席会议表决通过之日起生效',
    });
    added += 1;
  }
  return added;
}
