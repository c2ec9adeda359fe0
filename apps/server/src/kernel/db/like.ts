/** LIKE patterns from what a user typed: `%` and `_` in a search text are characters to find, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (ch) => `\\${ch}`);
}

/** Matches values that contain the text anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
