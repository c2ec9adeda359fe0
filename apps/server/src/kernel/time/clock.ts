/**
 * The clock business time is read from. The application receives one in its dependencies (`AppDeps.clock`) and
 * every route, service and dashboard provider asks it for "now", so a test can fix or move time and get the
 * same answer a user would on that day: what a rule decides on (today, a deadline, a period) comes from here.
 * The moment a row is written (`updatedAt`, `voteOpenedAt`, an audit entry's time) is stamped when it is written.
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock: what production runs on. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

/** A clock a test moves by hand, for flows that span days (a notice period, a deadline passing). */
export interface MovableClock extends Clock {
  set(at: Date | string): void;
  advance(milliseconds: number): void;
}

export function movableClock(start: Date | string): MovableClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
