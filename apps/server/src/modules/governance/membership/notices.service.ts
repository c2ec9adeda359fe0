/** Public notices (公示) of withdrawals (章程第二十条(三)) and expulsions (第二十一条): anyone may read them. */
import type { TNotice } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import * as repo from './membership.repository.js';
import { presentNotice } from './membership.present.js';
import { requireBody } from '../../bodies/index.js';

export async function listNotices(db: Executor, bodyId: string): Promise<TNotice[]> {
  await requireBody(db, bodyId);
  return (await repo.listNotices(db, bodyId)).map(presentNotice);
}
