/**
 * One platform for the whole run: starting it (migrations, demo data) costs more than any journey. It sends its
 * e-mails to a mail server of this run (mail-server.ts), whose messages the journeys read (mail.ts).
 * E2E_BASE_URL points the journeys at a platform already running instead (handy while writing one);
 * it must be in demo mode with fresh demo data, and its e-mails are not seen by the journeys.
 */
import type { TestProject } from 'vitest/node';
import { type MailServer, startMailServer } from './mail-server.js';
import { type Platform, startPlatform } from './platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the received e-mails are written; '' when the platform runs elsewhere. */
    mailDir: string;
  }
}

let platform: Platform | undefined;
let mailServer: MailServer | undefined;

export async function setup(project: TestProject) {
  const running = process.env.E2E_BASE_URL;
  if (!running) {
    mailServer = await startMailServer();
    platform = await startPlatform({ smtpUrl: mailServer.url });
  }
  project.provide('baseUrl', running ?? platform!.baseUrl);
  project.provide('mailDir', mailServer?.dir ?? '');
}

export async function teardown() {
  await platform?.stop();
  await mailServer?.stop();
}
