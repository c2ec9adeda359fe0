/**
 * Chinese word segmentation for full-text search (jieba, search mode). Text is stored as space-joined
 * tokens and indexed with PostgreSQL's `simple` configuration, which both PostgreSQL and PGlite have.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

export function searchTokens(...texts: (string | null | undefined)[]): string {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of segmenter().cutForSearch(text, true)) {
      const clean = token.trim().toLowerCase();
      if (clean && WORDLIKE.test(clean)) tokens.add(clean);
    }
  }
  return [...tokens].join(' ');
}

/** A tsquery in which every query word must match some token by prefix; null when nothing searchable. */
export function tsQueryFor(query: string): string | null {
  const words = segmenter()
    .cut(query, true)
    .map((token) =>
      token
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, ''),
    )
    .filter(Boolean);
  if (words.length === 0) return null;
  return [...new Set(words)].map((word) => `${word}:*`).join(' & ');
}
