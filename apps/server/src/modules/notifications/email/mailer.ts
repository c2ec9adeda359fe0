/**
 * Sends e-mail through the configured SMTP server with nodemailer. One transport per SMTP_URL per process;
 * nodemailer opens a connection per message, so a restarted mail server needs nothing from us.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../../kernel/config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The same id on every attempt, so a mail client shows a message sent twice once. */
  messageId: string;
  unsubscribeUrl: string;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

export async function sendMail(smtp: NonNullable<AppConfig['smtp']>, mail: OutgoingMail): Promise<void> {
  await transportFor(smtp.url).sendMail({
    from: smtp.from,
    replyTo: smtp.replyTo,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    // One-click unsubscribe (RFC 8058): mail clients POST to the link without opening it.
    list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
}
