import type { Language } from "@heard/domain";
import { serverTranslator } from "../platform/i18n";
import type { OutgoingMail } from "./transport";

/**
 * The email telling a family member that a letter is waiting for them in Heard, in their
 * language, with the family app's sign-in link. It says nothing of the letter (not its kind,
 * words, writer or meeting): email is copied, forwarded and read on shared phones, and even
 * "a letter after a child protection conference" says too much. They read it in Heard.
 */
export async function letterWaitingMail(
  to: string,
  notice: { language: Language; updated: boolean; publicUrl: string },
): Promise<OutgoingMail> {
  const t = await serverTranslator(notice.language, "mail");
  const which = notice.updated ? "updated" : "new";
  const link = `${notice.publicUrl.replace(/\/+$/, "")}/sign-in`;
  const lines = [
    t("letterWaiting.hello"),
    "",
    t(`letterWaiting.what.${which}`),
    t("letterWaiting.open", { link }),
    "",
    t("letterWaiting.privacy"),
    t("letterWaiting.why"),
  ];
  return { to, subject: t(`letterWaiting.subject.${which}`), text: lines.join("\n") };
}
