import { describe, expect, it } from 'vitest';
import { GENERATED_PASSWORD_LENGTH, generateInitialPassword, type RandomSource } from './initial-password';

/** A source that hands out the given batches in turn, as the browser's generator would hand out random ones. */
function scripted(...batches: number[][]): RandomSource {
  let call = 0;
  return (values) => {
    const batch = batches[Math.min(call++, batches.length - 1)]!;
    values.forEach((_, index) => (values[index] = batch[index % batch.length]!));
    return values;
  };
}

describe('generated initial password', () => {
  it('has letters and digits and no characters that are easily misread', () => {
    for (let run = 0; run < 200; run++) {
      const password = generateInitialPassword();
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(password).toMatch(/[a-zA-Z]/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(/[01lIoO]/);
    }
  });

  it('draws again when a draw lacks a digit, as the server’s password rule requires both', () => {
    // The first draw is all "a"; the second alternates "a" and the first digit "2".
    expect(generateInitialPassword(6, scripted([0], [0, 48]))).toBe('a2a2a2');
  });

  it('differs between two calls', () => {
    expect(generateInitialPassword()).not.toBe(generateInitialPassword());
  });
});
