/**
 * Interface language: Chinese by default, English on request. The choice lives in localStorage (so it
 * survives reloads) and in the `cj_lang` cookie (so the server writes error messages in the same language).
 * Strings are typed dictionaries: each module defines its own with `defineMessages` and reads it with `useT`.
 */
import { type Bilingual, DEFAULT_LOCALE, interpolate, type Locale } from '@chanjiao/contracts/i18n';
import { useCallback, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'cj_locale';
export const LOCALE_COOKIE = 'cj_lang';

function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en-US';
}

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be disabled (private browsing policies); the default language still works.
    return DEFAULT_LOCALE;
  }
}

let currentLocale: Locale = storedLocale();
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return currentLocale;
}

export function setLocale(locale: Locale): void {
  currentLocale = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted across reloads, but the current page still switches.
  }
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale);
}

/** Each entry is `[Chinese, English]`; `{name}` placeholders are filled from the params given to `t`. */
export type MessageTable<K extends string> = Record<K, Bilingual>;

export function defineMessages<K extends string>(entries: Record<K, readonly [zh: string, en: string]>): MessageTable<K> {
  const table = {} as MessageTable<K>;
  for (const key of Object.keys(entries) as K[]) {
    const [zh, en] = entries[key];
    table[key] = { 'zh-CN': zh, 'en-US': en };
  }
  return table;
}

export type Translate<K extends string> = (key: K, params?: Record<string, unknown>) => string;

export function translate<K extends string>(table: MessageTable<K>, locale: Locale, key: K, params?: Record<string, unknown>) {
  return interpolate(table[key][locale], params);
}

export function useT<K extends string>(table: MessageTable<K>): Translate<K> {
  const locale = useLocale();
  return useCallback((key: K, params?: Record<string, unknown>) => translate(table, locale, key, params), [table, locale]);
}

/** Picks the current language from a bilingual text of the contracts (role names, organisation types…). */
export function useBilingual(): (text: Bilingual | null | undefined) => string {
  const locale = useLocale();
  return useCallback((text: Bilingual | null | undefined) => (text ? text[locale] : ''), [locale]);
}
