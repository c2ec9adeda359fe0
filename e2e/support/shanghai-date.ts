/** Calendar days as Shanghai sees them (YYYY-MM-DD): what the platform calls "today" and the days around it. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day in Shanghai `days` after now. */
export function shanghaiDay(days: number, now = new Date()): string {
  return dayFormat.format(new Date(now.getTime() + days * 86_400_000));
}

export function todayInShanghai(now = new Date()): string {
  return shanghaiDay(0, now);
}
