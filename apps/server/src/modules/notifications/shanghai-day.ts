/**
 * Calendar days in Asia/Shanghai, where the platform's deadlines fall: the date an instant belongs to, and the
 * whole days between two dates. (A clock service shared by every module is on its way; these two are all the
 * notifications need until then.)
 */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const minuteFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function shanghaiDate(instant: Date): string {
  return dayFormat.format(instant);
}

/** "2026-12-06 09:30", as messages show a moment. */
export function shanghaiMinute(instant: Date): string {
  return minuteFormat.format(instant).replace(', ', ' ');
}

const dayIndex = (isoDate: string) =>
  Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayIndex(to) - dayIndex(from);
}
