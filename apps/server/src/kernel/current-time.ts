/**
 * The application's clock. Everything that decides by time (jobs due, leases, reminders, e-mail digests) asks
 * here, so tests drive time through `AppDeps.now` and a later clock service replaces this one function.
 */
export function currentTime(deps: { now?: () => Date }): Date {
  return deps.now?.() ?? new Date();
}
