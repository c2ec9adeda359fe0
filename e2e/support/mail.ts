/**
 * What arrived at the journeys' mail server (mail-server.ts, started by the global setup). Against a platform
 * started elsewhere (E2E_BASE_URL) there is no such server: `mailCaught()` is false and the mail steps skip.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { ReceivedMail } from './mail-server.js';

export type { ReceivedMail } from './mail-server.js';

const POLL_MS = 250;
/** The e-mail job runs within a few seconds of the change (JOBS_POLL_SECONDS, after the fan-out job). */
const DEFAULT_TIMEOUT_MS = 30_000;

export const NO_MAIL_SERVER = 'the platform runs elsewhere (E2E_BASE_URL): its e-mails do not reach the journeys’ mail server';

/** Whether the platform sends to the journeys' mail server, so that mail steps can check what arrived. */
export function mailCaught(): boolean {
  return inject('mailDir') !== '';
}

function receivedSoFar(dir: string): ReceivedMail[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReceivedMail);
}

/** The first message received this run that satisfies `predicate`, waiting for it to arrive. */
export async function waitForMail(predicate: (mail: ReceivedMail) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ReceivedMail> {
  const dir = inject('mailDir');
  if (dir === '') throw new Error(`No mail to wait for: ${NO_MAIL_SERVER}.`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = receivedSoFar(dir);
    const found = all.find(predicate);
    if (found) return found;
    if (Date.now() >= deadline) {
      const seen = all.map((mail) => `  ${mail.to.join(', ')}: ${mail.subject}`).join('\n') || '  (none)';
      throw new Error(`No matching e-mail arrived within ${timeoutMs / 1000} s; received this run:\n${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
