/** Sends a file as a download whose Chinese name survives every browser (RFC 6266 / RFC 5987). */
import type { FastifyReply } from 'fastify';

function asciiFallback(filename: string): string {
  return filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function rfc5987(filename: string): string {
  return encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(filename: string): string {
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${rfc5987(filename)}`;
}

export function sendDownload(reply: FastifyReply, file: { filename: string; contentType: string; content: Buffer }) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', contentDisposition(file.filename))
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(file.content);
}
