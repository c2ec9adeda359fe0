/**
 * Times are stored in UTC and shown in Asia/Shanghai (SPEC §2). China Standard Time has been UTC+8 all
 * year since 1991, so a calendar day there starts at 16:00 UTC of the day before.
 */
const SHANGHAI_OFFSET = '+08:00';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 2026-03-01 08:30:05, Beijing time. */
export function formatShanghai(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The instant a calendar day (YYYY-MM-DD) begins in Shanghai. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${SHANGHAI_OFFSET}`);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
