/** Session timing (docs/sources.md 5.4): an idle timeout and an absolute lifetime, both configurable. */
export interface SessionTiming {
  idleMs: number;
  absoluteMs: number;
}

export type SessionState = 'active' | 'revoked' | 'idle_expired' | 'absolute_expired';

export function sessionState(
  session: { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null },
  now: Date,
  timing: SessionTiming,
): SessionState {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() - session.createdAt.getTime() >= timing.absoluteMs) return 'absolute_expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= timing.idleMs) return 'idle_expired';
  return 'active';
}

/** Touching the session on every request would turn each read into a write; once a minute is enough. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
