/** Today's date in Shanghai (SPEC §2: dates are shown, and decided, in Asia/Shanghai). */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function shanghaiToday(now: Date = new Date()): string {
  return dayFormat.format(now);
}
