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

/** The words of a query as the search matches them: segmented, lower-cased, without punctuation, each once. */
export function queryWords(query: string): string[] {
  const words = segmenter()
    .cut(query, true)
    .map((token) =>
      token
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, ''),
    )
    .filter(Boolean);
  return [...new Set(words)];
}

/** A tsquery in which every query word must match some token by prefix; null when nothing searchable. */
export function tsQueryFor(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words.map((word) => `${word}:*`).join(' & ');
}

/** A tsquery matching any of the words by prefix; null when there are none. */
export function anyWordTsQuery(words: string[]): string | null {
  const clean = words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()).filter(Boolean);
  return clean.length === 0 ? null : [...new Set(clean)].map((word) => `${word}:*`).join(' | ');
}

/** Which of the words some token starts with (how a prefix tsquery matched a row's tokens). */
export function wordsFoundIn(words: string[], tokens: string): string[] {
  const list = tokens.split(' ');
  return words.filter((word) => list.some((token) => token.startsWith(word.toLowerCase())));
}
