/**
 * Who took a step of a list's history: the user's name, or 系统 for steps the platform took itself — demo data
 * loaded at start and scheduled changes are recorded under the reserved actor `system`, which is no one's account.
 */
import { useCallback } from 'react';
import { useT } from '../../../app/i18n';
import { TALENT_MESSAGES } from '../talent-messages';

const PLATFORM_ACTOR = 'system';

export function useActorName(): (by: string | null) => string {
  const t = useT(TALENT_MESSAGES);
  return useCallback((by) => (by === PLATFORM_ACTOR ? t('actor.system') : (by ?? '—')), [t]);
}
