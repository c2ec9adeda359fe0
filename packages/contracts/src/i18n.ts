export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in both interface languages; Chinese is authoritative. */
export interface Bilingual {
  'zh-CN': string;
  'en-US': string;
}

export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const lowered = header.toLowerCase();
  if (lowered.startsWith('en')) return 'en-US';
  return DEFAULT_LOCALE;
}

export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
