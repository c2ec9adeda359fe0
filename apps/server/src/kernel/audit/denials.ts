/**
 * Refused requests, audited without letting one user flood the log (issue 11, item 7). The first refusal of a
 * user on a route for a reason is written at once; the same refusal repeated within the minute is only counted,
 * and written as one `access.denied` entry with the count when the minute is over (or the server stops). Past
 * `perMinute` refusals in a minute a user is answered 429 without a permission check's worth of work, and those
 * answers are counted into one `access.rate_limited` entry per minute. Counters are per instance.
 */
import type { Database } from '../db/database.js';
import type { Clock } from '../time/clock.js';
import { type Actor, recordAudit } from './audit.service.js';
import { canonicalJson } from './audit.rules.js';

export const DENIAL_WINDOW_MS = 60_000;
const FLUSH_EVERY_MS = 10_000;

export type DenialOutcome = 'recorded' | 'counted' | 'rate_limited';

interface DenialWindow {
  actor: Actor;
  action: 'access.denied' | 'access.rate_limited';
  route: string;
  reason: Record<string, unknown>;
  startedAt: Date;
  lastAt: Date;
  /** Refusals after the first, which was written when the window opened. */
  repeats: number;
}

export class DenialRecorder {
  private readonly windows = new Map<string, DenialWindow>();
  private readonly perUser = new Map<string, { minute: number; count: number }>();
  private timer: NodeJS.Timeout | null = null;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: { db: Database; clock: Clock; perMinute: number }) {}

  async deny(actor: Actor, route: string, reason: Record<string, unknown>): Promise<DenialOutcome> {
    const now = this.deps.clock.now();
    const who = actor.userId ?? `ip:${actor.ip ?? 'unknown'}`;
    const limited = this.countRefusal(who, now) > this.deps.perMinute;
    const action = limited ? 'access.rate_limited' : 'access.denied';
    const key = limited ? `${who}\nrate-limited` : `${who}\n${route}\n${canonicalJson(reason)}`;
    const open = this.windows.get(key);
    if (open && now.getTime() - open.startedAt.getTime() < DENIAL_WINDOW_MS) {
      open.repeats += 1;
      open.lastAt = now;
      return limited ? 'rate_limited' : 'counted';
    }
    if (open) await this.closeWindow(key, open);
    const window: DenialWindow = { actor, action, route, reason, startedAt: now, lastAt: now, repeats: 0 };
    this.windows.set(key, window);
    this.startTimer();
    await this.write(window, 1, { firstAt: now, lastAt: now });
    return limited ? 'rate_limited' : 'recorded';
  }

  /** Writes the counts of the windows whose minute is over (all of them with `all`). */
  async flush(options: { all?: boolean } = {}): Promise<void> {
    const now = this.deps.clock.now().getTime();
    for (const [key, window] of [...this.windows]) {
      if (options.all || now - window.startedAt.getTime() >= DENIAL_WINDOW_MS) await this.closeWindow(key, window);
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pending;
    await this.flush({ all: true });
  }

  private countRefusal(who: string, now: Date): number {
    const minute = Math.floor(now.getTime() / DENIAL_WINDOW_MS);
    const counter = this.perUser.get(who);
    const next = counter && counter.minute === minute ? { minute, count: counter.count + 1 } : { minute, count: 1 };
    this.perUser.set(who, next);
    if (this.perUser.size > 10_000) {
      for (const [other, entry] of this.perUser) if (entry.minute !== minute) this.perUser.delete(other);
    }
    return next.count;
  }

  private async closeWindow(key: string, window: DenialWindow): Promise<void> {
    this.windows.delete(key);
    if (window.repeats > 0) {
      await this.write({ ...window, actor: { ...window.actor, requestId: null } }, window.repeats, {
        firstAt: window.startedAt,
        lastAt: window.lastAt,
        repeated: true,
      });
    }
  }

  private async write(window: DenialWindow, count: number, span: Record<string, unknown>): Promise<void> {
    await this.deps.db.transaction((tx) =>
      recordAudit(tx, window.actor, {
        action: window.action,
        entityType: 'route',
        entityId: window.action === 'access.denied' ? window.route : null,
        outcome: 'denied',
        details: { ...(window.action === 'access.denied' ? window.reason : { limitPerMinute: this.deps.perMinute }), count, ...span },
      }),
    );
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.pending = this.flush().catch(() => undefined);
    }, FLUSH_EVERY_MS);
    this.timer.unref();
  }
}
