/** Made-up records for journeys that run against the same platform more than once (E2E_BASE_URL). */
import { randomInt } from 'node:crypto';
import { USCC_ALPHABET, usccCheckCharacter } from '@chanjiao/contracts/uscc';

/** A valid 统一社会信用代码 of an enterprise (91) in 普陀区 (310107) that no other run has used. */
export function madeUpUscc(): string {
  let body = '91310107';
  while (body.length < 17) body += USCC_ALPHABET[randomInt(USCC_ALPHABET.length)];
  return body + usccCheckCharacter(body);
}

/** The same code with another check character: what a typing mistake in the last place looks like. */
export function withWrongCheckCharacter(uscc: string): string {
  const right = uscc.slice(-1);
  const wrong = USCC_ALPHABET[(USCC_ALPHABET.indexOf(right) + 1) % USCC_ALPHABET.length]!;
  return uscc.slice(0, -1) + wrong;
}
