import "server-only";
import { createTransport } from "nodemailer";
import { siteUrl } from "@/lib/metadata";

/** An e-mail as the outbox keeps it: addressed, in the recipient's language, text and HTML. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** E-mail is sent only when SMTP_URL names a server (smtp://host:port, smtps://user:pass@host). */
export const mailConfigured = () => Boolean(process.env.SMTP_URL);

/** MAIL_FROM, else an address at the site's own host. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || `Digital Belgium <no-reply@${new URL(siteUrl()).hostname}>`;
}

let transport: { url: string; send: ReturnType<typeof createTransport> } | null = null;

/** Hands one mail to the SMTP server; rejects when the server is down or refuses it. */
export async function deliver(mail: Mail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (transport?.url !== url) {
    // Short timeouts: the outbox retries later, a hung server must not hold the scheduler.
    transport = {
      url,
      send: createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  await transport.send.sendMail({ from: mailFrom(), ...mail });
}
