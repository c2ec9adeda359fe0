/** Switching the interface language, and keeping the server's language cookie in step with the stored choice. */
import type { Locale } from '@chanjiao/contracts/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { client, readCookie, unwrap } from './api';
import { getLocale, LOCALE_COOKIE, setLocale } from './i18n';

async function tellServer(locale: Locale): Promise<void> {
  await unwrap(client.POST('/api/locale', { body: { locale } }));
}

/** On start: a cleared cookie or a new browser profile would otherwise get server messages in another language. */
export function syncServerLocale(): void {
  const locale = getLocale();
  if (readCookie(LOCALE_COOKIE) !== locale) {
    // The Accept-Language header of every request carries the language too, so a failure here is harmless.
    tellServer(locale).catch(() => undefined);
  }
}

export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      await tellServer(locale).catch(() => undefined);
      // Server-made texts (dashboard titles, error messages) come back in the new language.
      await queryClient.invalidateQueries();
    },
    [queryClient],
  );
}
