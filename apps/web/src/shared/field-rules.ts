/**
 * Client-side checks that mirror the server's (contracts): character limits counted in code points,
 * and the USCC check character. They save a round trip; the server checks again.
 */
import { FIELD_LABELS } from '@chanjiao/contracts/catalog';
import { countCharacters } from '@chanjiao/contracts/common';
import { interpolate, type Locale } from '@chanjiao/contracts/i18n';
import { VALIDATION_MESSAGES } from '@chanjiao/contracts/labels';
import { usccProblem } from '@chanjiao/contracts/uscc';
import type { FormRule as Rule } from 'antd';

export function fieldLabel(field: string, locale: Locale): string {
  return FIELD_LABELS[field]?.[locale] ?? field;
}

export function maxCharactersRule(max: number, locale: Locale): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value !== 'string') return;
      const count = countCharacters(value.trim());
      if (count > max) throw new Error(interpolate(VALIDATION_MESSAGES.MAX_CHARS[locale], { max, count }));
    },
  };
}

export function usccRule(locale: Locale): Rule {
  return {
    validator: async (_, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const problem = usccProblem(value);
      if (!problem) return;
      const key = `USCC_${problem.toUpperCase()}` as 'USCC_LENGTH' | 'USCC_CHARACTER' | 'USCC_CHECK';
      throw new Error(VALIDATION_MESSAGES[key][locale]);
    },
  };
}

/** Counts the way the server does, so the counter under a field agrees with its limit. */
export function characterCount(max: number) {
  return { show: true, max, strategy: countCharacters };
}
