import type { Locale } from '@chanjiao/contracts';

/** 专家A, 专家B …: experts are told apart without their names, to other experts and to applicants. */
export function anonymousLabel(index: number, locale: Locale): string {
  const letter = String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');
  return locale === 'zh-CN' ? `专家${letter}` : `Expert ${letter}`;
}
