import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AlertSettings } from '../../config';

export interface OutgoingMail {
  /** The delivery's id: names the outbox file and goes in a header for the receiver's dedupe. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * E-mail through SMTP when SMTP_URL is set; otherwise (development, tests) each message is
 * written as an RFC 822 file `<delivery id>.eml` in the outbox directory under the data
 * directory, built by the same nodemailer so what lands there is what SMTP would carry.
 */
export function createMailer(settings: AlertSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail(message(settings, mail));
      },
    };
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    async send(mail) {
      const info = await transport.sendMail(message(settings, mail));
      await mkdir(settings.outboxDir, { recursive: true });
      await writeFile(path.join(settings.outboxDir, `${mail.id}.eml`), info.message as Buffer);
    },
  };
}

function message(settings: AlertSettings, mail: OutgoingMail) {
  return {
    from: settings.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: { 'X-Compliance-Delivery': mail.id },
  };
}
