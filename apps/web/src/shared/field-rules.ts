/**
 * Field labels and character counters as the server counts: in code points. The checks themselves come from
 * the contracts' zod schemas (app/zod-form.ts).
 */
import { FIELD_LABELS } from '@chanjiao/contracts/catalog';
import { countCharacters } from '@chanjiao/contracts/common';
import type { Locale } from '@chanjiao/contracts/i18n';

export function fieldLabel(field: string, locale: Locale): string {
  return FIELD_LABELS[field]?.[locale] ?? field;
}

/** Counts the way the server does, so the counter under a field agrees with its limit. */
export function characterCount(max: number) {
  return { show: true, max, strategy: countCharacters };
}
