/**
 * Length limits of 附件2 推荐书 ("不超过200字", "2500字以内" — 以内 includes the number, 民法典第一千二百五十九条).
 *
 * What counts as one character: one Unicode code point (docs/sources.md 5.1). So a 汉字 is 1, including those outside
 * the Basic Multilingual Plane such as 𠮷 (which JavaScript's `length` would count as 2); a Latin letter,
 * digit, space, punctuation mark or line break is 1 each ("\r\n" is 2; the web client sends "\n"); an emoji
 * is as many code points as it is made of: 👍 is 1, 👍🏽 (with a skin-tone modifier) is 2, and a family
 * joined with zero-width joiners is 5 or more. Text is not normalised, so a decomposed "é" is 2.
 */
import { countCharacters, RECOMMENDATION_TEXT_FIELDS, type RecommendationTextField, type TTextLimits } from '@chanjiao/contracts';

export function characterCount(text: string): number {
  return countCharacters(text);
}

/** True when `text` has at most `limit` characters. */
export function withinLimit(text: string, limit: number): boolean {
  return countCharacters(text) <= limit;
}

export interface TextOverLimit {
  field: RecommendationTextField;
  /** For fields with one cell per year (e.g. 2025 and 2026), which cell. */
  cell: number | null;
  section: string;
  limit: number;
  count: number;
}

export type RecommendationTexts = Partial<Record<RecommendationTextField, string | readonly string[] | null>>;

/** Every text of the form that is longer than the call's limit, in the form's order. */
export function textsOverLimit(texts: RecommendationTexts, limits: TTextLimits): TextOverLimit[] {
  return (Object.keys(RECOMMENDATION_TEXT_FIELDS) as RecommendationTextField[]).flatMap((field) => {
    const value = texts[field];
    if (value === undefined || value === null) return [];
    const cells: (string | null)[] = typeof value === 'string' ? [value] : [...value];
    return cells.flatMap((text, index) => {
      const count = text === null ? 0 : countCharacters(text);
      if (count <= limits[field]) return [];
      const cell = typeof value === 'string' ? null : index;
      return [{ field, cell, section: RECOMMENDATION_TEXT_FIELDS[field].section, limit: limits[field], count }];
    });
  });
}
