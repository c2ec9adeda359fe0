/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters drawn from 31 symbols (digits and capitals without I, O, Z, S, V);
 * the 18th is a check character computed modulo 31 from the first 17 (standard §5 and Annex).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'character' | 'check';

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`invalid USCC character at ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check] ?? '0';
}

export function normalizeUscc(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Returns null when valid, otherwise what is wrong, so that the message can say what to fix. */
export function usccProblem(raw: string): UsccProblem | null {
  const code = normalizeUscc(raw);
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return 'character';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check';
}

export function isValidUscc(raw: string): boolean {
  return usccProblem(raw) === null;
}
