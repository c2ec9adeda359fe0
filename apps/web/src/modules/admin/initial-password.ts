/**
 * Initial passwords the administrator lets the platform make up. The user must change it at first sign-in, so
 * it only has to survive being read aloud or typed once: no look-alike characters (0/O, 1/l/I), letters and
 * digits both present (the server's password rule), and long enough for any sensible minimum length.
 */
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

export const GENERATED_PASSWORD_LENGTH = 16;

/** Fills the array with random 32-bit values; the browser's cryptographic source unless a test gives one. */
export type RandomSource = (values: Uint32Array) => Uint32Array;

const cryptoRandom: RandomSource = (values) => crypto.getRandomValues(values);

function hasLetterAndDigit(password: string): boolean {
  return [...password].some((ch) => LETTERS.includes(ch)) && [...password].some((ch) => DIGITS.includes(ch));
}

export function generateInitialPassword(length = GENERATED_PASSWORD_LENGTH, random: RandomSource = cryptoRandom): string {
  for (;;) {
    // The modulo bias of 2^32 over 56 symbols is below one in 70 million: irrelevant for a one-time password.
    const values = random(new Uint32Array(length));
    const password = Array.from(values, (value) => ALPHABET[value % ALPHABET.length]).join('');
    if (hasLetterAndDigit(password)) return password;
  }
}
