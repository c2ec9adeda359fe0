/** The direct routes' guard: a change that touches an administrator is refused there and goes through a request. */
import { ADMIN_REQUEST_KIND_LABELS, type AdminRequestKind, type Role } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { rolesOfUser } from '../users.repository.js';
import { needsTwoPersons } from './admin-requests.rules.js';

export async function rolesHeldBy(db: Executor, userId: string): Promise<Role[]> {
  return (await rolesOfUser(db, userId)).map((row) => row.role as Role);
}

export async function refuseWithoutSecondDuty(
  db: Executor,
  kind: AdminRequestKind,
  change: { targetUserId: string; role?: Role },
): Promise<void> {
  if (!needsTwoPersons(kind, { role: change.role ?? null, targetRoles: await rolesHeldBy(db, change.targetUserId) })) return;
  throw new DomainError('TWO_PERSON_REQUIRED', { operation: ADMIN_REQUEST_KIND_LABELS[kind] });
}
