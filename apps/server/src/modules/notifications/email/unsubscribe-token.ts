/**
 * The unsubscribe link of an e-mail works without signing in: it carries the user and the kind, signed with the
 * platform's secret key (HMAC-SHA256), so nobody can make one for someone else. It can only switch e-mails of
 * that kind off, which is also why it does not expire.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Stands for "the daily digest" where a kind name would be. */
export const DIGEST_TOKEN_KIND = '@digest';

const PURPOSE = 'chanjiao.unsubscribe.v1';

function signature(secretKey: string, body: string): Buffer {
  return createHmac('sha256', secretKey).update(`${PURPOSE}\n${body}`).digest();
}

export function unsubscribeToken(secretKey: string, userId: string, kind: string): string {
  const body = Buffer.from(JSON.stringify({ u: userId, k: kind })).toString('base64url');
  return `${body}.${signature(secretKey, body).toString('base64url')}`;
}

/** The user and kind the token names, or null when it was not made with this key or has been altered. */
export function readUnsubscribeToken(secretKey: string, token: string): { userId: string; kind: string } | null {
  const [body, sent] = token.split('.');
  if (!body || !sent) return null;
  const expected = signature(secretKey, body);
  const given = Buffer.from(sent, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { u?: unknown; k?: unknown };
    return typeof parsed.u === 'string' && typeof parsed.k === 'string' ? { userId: parsed.u, kind: parsed.k } : null;
  } catch {
    return null;
  }
}
