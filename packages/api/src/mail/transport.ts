import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Config } from "../platform/config";

/** One message as the outbox holds it. */
export type OutgoingMail = { to: string; subject: string; text: string };

/** What the outbox job needs of a mail transport: nodemailer's, or a fake in tests. */
export type MailTransport = {
  send(message: OutgoingMail): Promise<void>;
  close(): void;
};

/** Connection limits so a mail server that hangs cannot hold a delivery run for minutes. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/** The SMTP URL with our time limits added unless the URL sets its own. */
function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, ms] of Object.entries(timeouts)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  return url.toString();
}

/** A transport that sends over SMTP to `smtpUrl` (nodemailer takes the URL as it is), from `from`. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(withTimeouts(smtpUrl));
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transporter.close(),
  };
}

/**
 * The transport `config.smtpUrl` describes, or null when mail is not configured. Without one,
 * alerts stay in the outbox, pending, and every concern shows "alert not sent".
 */
export function createMailTransport(config: Pick<Config, "smtpUrl" | "mailFrom">, logger: Logger): MailTransport | null {
  if (!config.smtpUrl) {
    logger.warn("mail is not configured (SMTP_URL is not set): safeguarding alerts stay in the outbox and show as not sent");
    return null;
  }
  return smtpTransport(config.smtpUrl, config.mailFrom);
}

/**
 * A short description of a sending failure to store and log: the error's code and first line,
 * with anything that looks like credentials in a URL removed.
 */
export function describeMailError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : typeof e?.responseCode === "number" ? String(e.responseCode) : "";
  const message = typeof e?.message === "string" ? e.message : String(error);
  // Nodemailer does not put passwords in its messages; a URL with user:pass@ is removed to be sure.
  const firstLine = (message.split("\n")[0] ?? "").replace(/\/\/[^/\s@]*@/g, "//");
  return (code && !firstLine.includes(code) ? `${code}: ${firstLine}` : firstLine).slice(0, 200);
}
