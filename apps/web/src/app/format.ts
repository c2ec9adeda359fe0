/** Dates and times are stored in UTC and shown in China Standard Time (docs/sources.md 5.1), whatever the browser's zone. */
import type { Locale } from '@chanjiao/contracts/i18n';

const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** Calendar dates (YYYY-MM-DD) have no time zone; they are shown as written. */
export function formatDate(date: string | null | undefined): string {
  return date ?? '';
}
