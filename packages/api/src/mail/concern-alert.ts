import type { ConcernReason, MeetingType } from "@heard/domain";
import type { NamespaceKey } from "@heard/i18n";
import { serverTranslator } from "../platform/i18n";
import type { OutgoingMail } from "./transport";

export type ConcernAlert = {
  concernId: string;
  reason: ConcernReason;
  categories: readonly string[];
  raisedAt: Date;
  acknowledgeBy: Date;
  /** Feedback after a meeting, a family's answer to a letter, or their message to their worker. */
  source?: "feedback" | "letter" | "statement";
  meetingType: MeetingType | null;
  heldOn: string | null;
  teamName: string;
  publicUrl: string;
};

/**
 * The email telling the safeguarding inbox that a concern was raised, in English (the inbox's
 * language), from the `mail` locale files. It says that, where to look and by when, and nothing
 * of what the person wrote or how to reach them: email is not a safe channel for a child's
 * words or contact details (it is copied, forwarded and kept on devices we do not control).
 * Staff read the words in Heard, where every view is audited.
 */
export async function concernAlertMail(to: string, alert: ConcernAlert): Promise<OutgoingMail> {
  const t = await serverTranslator("en", "mail");
  const link = `${alert.publicUrl.replace(/\/+$/, "")}/staff/concerns/${alert.concernId}`;
  const kind = alert.reason === "contactRequested" ? "contactRequested" : "screened";
  const letter = alert.source === "letter";
  const statement = alert.source === "statement";
  const what = letter
    ? kind === "contactRequested"
      ? "letterContactRequested"
      : "letterScreened"
    : statement
      ? "statementScreened"
      : kind;
  const category = (name: string) => t(`concernAlert.categories.${name}` as NamespaceKey<"mail">, { defaultValue: name });
  const lines = [
    t("concernAlert.raised"),
    "",
    t(`concernAlert.what.${what}`),
    "",
    ...(letter ? [t("concernAlert.letter", { team: alert.teamName })] : []),
    ...(statement ? [t("concernAlert.statement", { team: alert.teamName })] : []),
    ...(alert.meetingType && alert.heldOn
      ? [
          t("concernAlert.meeting", {
            meeting: t(`concernAlert.meetingTypes.${alert.meetingType}`),
            heldOn: alert.heldOn,
            team: alert.teamName,
          }),
        ]
      : []),
    ...(alert.categories.length ? [t("concernAlert.about", { categories: alert.categories.map(category).join(", ") })] : []),
    t("concernAlert.raisedAt", { at: alert.raisedAt.toISOString() }),
    t("concernAlert.acknowledgeBy", { by: alert.acknowledgeBy.toISOString() }),
    "",
    t("concernAlert.open", { link }),
    "",
    t("concernAlert.safety"),
  ];
  return { to, subject: t(`concernAlert.subject.${kind}`), text: lines.join("\n") };
}
