import type { ConcernCategory, ConcernReason, MeetingType } from "@heard/domain";
import type { OutgoingMail } from "./transport";

/** Plain English meeting names for the alert email (the safeguarding inbox reads English). */
const meetingNames: Record<MeetingType, string> = {
  childProtectionConference: "child protection conference",
  coreGroup: "core group meeting",
  childInNeedReview: "child in need review",
  childrenInCareReview: "children in care review",
  familyGroupConference: "family group conference",
  ploMeeting: "PLO meeting",
  other: "meeting",
};

/** What the screen found, in words for the inbox (the staff app shows them translated). */
const categoryNames: Record<ConcernCategory, string> = {
  immediateDanger: "immediate danger",
  selfHarm: "self-harm or suicide",
  abuse: "abuse",
  neglect: "neglect",
  sexualHarm: "sexual harm or exploitation",
  domesticAbuse: "domestic abuse",
  bullying: "bullying",
  otherWorry: "another worry",
};

function categoryName(category: string): string {
  return categoryNames[category as ConcernCategory] ?? category;
}

export type ConcernAlert = {
  concernId: string;
  reason: ConcernReason;
  categories: readonly string[];
  raisedAt: Date;
  acknowledgeBy: Date;
  meetingType: MeetingType;
  heldOn: string;
  teamName: string;
  publicUrl: string;
};

/**
 * The email telling the safeguarding inbox that a concern was raised. It says that, where to
 * look and by when, and nothing of what the person wrote or how to reach them: email is not a
 * safe channel for a child's words or contact details (it is copied, forwarded and kept on
 * devices we do not control). Staff read the words in Heard, where every view is audited.
 */
export function concernAlertMail(to: string, alert: ConcernAlert): OutgoingMail {
  const link = `${alert.publicUrl.replace(/\/+$/, "")}/staff/concerns/${alert.concernId}`;
  const what =
    alert.reason === "screened"
      ? "Something a child or family member wrote in their feedback may show that someone is at risk of harm."
      : "A child or family member asked to be contacted after giving feedback.";
  const subject = alert.reason === "screened" ? "Heard: a safeguarding concern was raised" : "Heard: a family member asked to be contacted";
  const lines = [
    "A concern was raised in Heard.",
    "",
    what,
    "",
    `Meeting: ${meetingNames[alert.meetingType]} held on ${alert.heldOn}, team ${alert.teamName}`,
    ...(alert.categories.length ? [`What it may be about: ${alert.categories.map(categoryName).join(", ")}`] : []),
    `Raised: ${alert.raisedAt.toISOString()}`,
    `Please acknowledge by: ${alert.acknowledgeBy.toISOString()}`,
    "",
    `Open the concern in Heard: ${link}`,
    "",
    "For safety, this email does not contain what the person wrote or their contact details. Sign in to Heard to read them.",
  ];
  return { to, subject, text: lines.join("\n") };
}
