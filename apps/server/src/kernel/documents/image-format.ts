/** Pictures (seals, signatures) are checked by their first bytes, not their name, before a renderer embeds them. */
import { DomainError } from '../errors.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function startsWith(data: Buffer, signature: number[]): boolean {
  return data.length >= signature.length && signature.every((byte, index) => data[index] === byte);
}

export function imageFormat(data: Buffer): 'png' | 'jpg' {
  if (startsWith(data, PNG_SIGNATURE)) return 'png';
  if (startsWith(data, JPEG_SIGNATURE)) return 'jpg';
  throw new DomainError('DOCUMENT_IMAGE_UNSUPPORTED');
}
