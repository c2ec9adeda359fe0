/**
 * The mail server the platform of the journeys sends to: a real SMTP server (smtp-server) in the global setup's
 * process. The journeys run in other processes, so each message it receives is parsed (mailparser) and written
 * as one JSON file into a directory they read (see mail.ts).
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { ROOT } from './platform.js';

export const MAIL_DIR = path.join(ROOT, 'e2e/test-results/mail');

/** One received message as the journeys read it. */
export interface ReceivedMail {
  /** The addresses of the To header, lower case. */
  to: string[];
  from: string;
  replyTo: string;
  subject: string;
  /** The plain-text part ('' when there is none). */
  text: string;
  /** The HTML part ('' when there is none). */
  html: string;
  receivedAt: string;
}

export interface MailServer {
  /** For SMTP_URL. */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

const addressesOf = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));

function toReceived(mail: ParsedMail): ReceivedMail {
  return {
    to: addressesOf(mail.to),
    from: mail.from?.text ?? '',
    replyTo: mail.replyTo?.text ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    receivedAt: new Date().toISOString(),
  };
}

/** Written under a temporary name and renamed, so a journey polling the directory never reads half a message. */
function keep(dir: string, sequence: number, mail: ReceivedMail): void {
  const name = `${Date.now()}-${String(sequence).padStart(5, '0')}.json`;
  const partial = path.join(dir, `.${name}.partial`);
  fs.writeFileSync(partial, JSON.stringify(mail, null, 2));
  fs.renameSync(partial, path.join(dir, name));
}

/** Listens on a free loopback port; the directory starts empty, so it holds this run's messages only. */
export async function startMailServer(dir = MAIL_DIR): Promise<MailServer> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          sequence += 1;
          keep(dir, sequence, toReceived(mail));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
