/** A body that must exist before its governance records are read or written. */
import type { Executor } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { BODY_ENTITY, type BodyRow, findBodyById } from '../../bodies/index.js';

export async function requireBodyExists(db: Executor, bodyId: string): Promise<BodyRow> {
  const body = await findBodyById(db, bodyId);
  if (!body) throw notFound(BODY_ENTITY);
  return body;
}
