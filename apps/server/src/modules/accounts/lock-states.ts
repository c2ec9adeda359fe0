/** Which accounts the sign-in lock-out holds now, read from the failures it counts (kernel/auth/lockout.rules). */
import type { Executor } from '../../kernel/db/database.js';
import { failuresSince } from '../../kernel/auth/auth.repository.js';
import { type LockoutPolicy, lockState, relevantSince } from '../../kernel/auth/lockout.rules.js';

export interface AccountLock {
  locked: boolean;
  until: Date | null;
  /** Failures recent enough to count towards a lock. */
  failures: number;
}

const UNLOCKED: AccountLock = { locked: false, until: null, failures: 0 };

function locksFrom(rows: { username: string; at: Date }[], policy: LockoutPolicy, now: Date): Map<string, AccountLock> {
  const byName = new Map<string, Date[]>();
  for (const row of rows) byName.set(row.username, [...(byName.get(row.username) ?? []), row.at]);
  return new Map(
    [...byName].map(([username, failures]) => {
      const state = lockState(failures, now, policy);
      return [username, { locked: state.locked, until: state.until ?? null, failures: failures.length }];
    }),
  );
}

export async function lockStatesOf(db: Executor, policy: LockoutPolicy, now: Date, usernames: string[]) {
  const rows = await failuresSince(db, relevantSince(now, policy), { usernames });
  const locks = locksFrom(rows, policy, now);
  return (username: string): AccountLock => locks.get(username) ?? UNLOCKED;
}

/** Usernames locked now, whether or not an account of that name exists. */
export async function lockedUsernames(db: Executor, policy: LockoutPolicy, now: Date): Promise<string[]> {
  const rows = await failuresSince(db, relevantSince(now, policy), { atLeast: policy.maxFailures });
  return [...locksFrom(rows, policy, now)].filter(([, lock]) => lock.locked).map(([username]) => username);
}
