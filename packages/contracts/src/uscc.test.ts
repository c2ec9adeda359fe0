import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter, usccProblem } from './uscc.js';

describe('统一社会信用代码 check character (GB 32100-2015 §5)', () => {
  it.each([
    // Codes whose check character follows from the standard's weights 3^(i-1) mod 31.
    ['91350100M000100Y43', null],
    ['91350100m000100y43', null], // lower case is normalised
    ['91350100M000100Y44', 'check'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['9135010OM000100Y43', 'character'], // the letter O is never used
    ['91350100M00010IY43', 'character'], // nor I
  ] as const)('%s → %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it('computes the check character from the first 17 characters, with 0 when the remainder is 0', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    // A code whose weighted sum is a multiple of 31 ends in 0 (31 − 0 → 31 → 0).
    const base = '9132070000000000';
    const found = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => base + c).find((code) => usccCheckCharacter(code) === '0');
    expect(found).toBeDefined();
    expect(isValidUscc(`${found}0`)).toBe(true);
  });
});
