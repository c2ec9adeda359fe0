/**
 * What an authenticator app does with the key the platform shows: RFC 6238 codes (HMAC-SHA-1, 30-second
 * steps, 6 digits). Written here from the RFC rather than imported from the server, so that a mistake
 * in the server's implementation would fail the journey instead of agreeing with itself.
 */
import { createHmac } from 'node:crypto';

const RFC4648_BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function keyOf(base32: string): Buffer {
  const bits = [...base32.replace(/[\s=]/g, '').toUpperCase()]
    .map((ch) => {
      const value = RFC4648_BASE32.indexOf(ch);
      if (value < 0) throw new Error(`not a base32 key: ${base32}`);
      return value.toString(2).padStart(5, '0');
    })
    .join('');
  const bytes: number[] = [];
  for (let at = 0; at + 8 <= bits.length; at += 8) bytes.push(parseInt(bits.slice(at, at + 8), 2));
  return Buffer.from(bytes);
}

export function totpStepAt(time: Date): number {
  return Math.floor(time.getTime() / 30_000);
}

export function totpCode(base32Key: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', keyOf(base32Key)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const truncated = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(truncated % 1_000_000).padStart(6, '0');
}
