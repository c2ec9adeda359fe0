/**
 * Lock-out after repeated failures (docs/sources.md 5.4: by default 5 failures within 15 minutes lock for 15 minutes).
 * Counted per username whether or not the account exists, so the answer never reveals existence.
 */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface LockState {
  locked: boolean;
  until?: Date;
}

export function lockState(failures: Date[], now: Date, policy: LockoutPolicy): LockState {
  const sorted = [...failures].sort((a, b) => a.getTime() - b.getTime());
  // The lock starts at the failure that completes a run of maxFailures within the window.
  for (let end = sorted.length - 1; end >= policy.maxFailures - 1; end--) {
    const last = sorted[end]!;
    const first = sorted[end - policy.maxFailures + 1]!;
    if (last.getTime() - first.getTime() < policy.windowMs) {
      const until = new Date(last.getTime() + policy.lockMs);
      return now < until ? { locked: true, until } : { locked: false };
    }
  }
  return { locked: false };
}

/** How far back failures matter: a run inside the window plus the lock that may follow it. */
export function relevantSince(now: Date, policy: LockoutPolicy): Date {
  return new Date(now.getTime() - policy.windowMs - policy.lockMs);
}

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
