import { randomUUID } from "node:crypto";
import { letterAddressees, letterEvents, letters, letterVersions, meetings, type Tx } from "@heard/db";
import {
  defaultLetterTemplates,
  type LetterSection,
  type LetterSectionContent,
  letterDueOn,
  letterReadability,
  sectionsFromTemplate,
  workingDateOf,
} from "@heard/domain";
import { and, desc, eq, lte } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { DemoAccounts } from "./accounts";

const hour = 60 * 60 * 1000;

/** A template's sections filled with the demo's words, by key. */
function written(kind: keyof typeof defaultLetterTemplates, words: Record<string, LetterSectionContent>): LetterSection[] {
  return sectionsFromTemplate(defaultLetterTemplates[kind], "en").map((section) => {
    const content = words[section.key];
    return content ? ({ ...section, ...content } as LetterSection) : section;
  });
}

const conferenceLetter = written("cpConference", {
  whoCame: { type: "text", text: "Your mum came. Wendy, your social worker, came. Your teacher Mr Jones came too." },
  whatWeTalkedAbout: { type: "text", text: "We talked about home and school. We read what you told Wendy." },
  worries: { type: "text", text: "We are worried that there is shouting at home. We are worried that you feel sad at night." },
  goingWell: { type: "text", text: "You go to school every day. You like football. Your nan helps a lot." },
  whatHappensNow: {
    type: "steps",
    steps: [
      "Wendy will visit you every week.",
      "Mum will go to a group about feelings.",
      "Your nan will pick you up from school on Fridays.",
      "The core group will meet every month to check how things are going.",
    ],
  },
  nextMeeting: { type: "text", text: "The next meeting is in three months. Wendy will tell you the day." },
  whoToTalkTo: { type: "text", text: "You can talk to Wendy, your nan or Mr Jones. You can call Childline on 0800 1111." },
});

const familyPlan = written("fgcPlan", {
  whatISaid: { type: "text", text: "I said I want to see my dad more. I said I like living with Nan." },
  plan: {
    type: "planTable",
    rows: [
      { what: "See Dad every Saturday", who: "Dad and Nan", byWhen: "From next month", howWeKnow: "I tell Wendy how it went" },
      { what: "Have my own room at Nan's", who: "Nan", byWhen: "By the summer", howWeKnow: "I sleep in my own room" },
    ],
  },
  notHappening: { type: "text", text: "I can tell Wendy or my teacher if the plan is not happening." },
});

/**
 * The demo's letters to `sam`: one sent after the worker's latest child protection conference
 * (unread, so the family app shows a new letter), and a family group conference plan waiting
 * for the manager's approval. Multi-row inserts, in the seed's transaction.
 */
export async function writeDemoLetters(tx: Tx, accounts: DemoAccounts, now: Date): Promise<void> {
  const team = accounts.teamIds.north;
  const worker = accounts.staffIds.get("worker@demo.heard.local");
  const manager = accounts.staffIds.get("manager@demo.heard.local");
  if (!worker || !manager) throw new Error("no demo worker or manager");
  const sentAt = new Date(now.getTime() - 3 * 24 * hour);
  const [conference] = await tx
    .select({ id: meetings.id, heldOn: meetings.heldOn })
    .from(meetings)
    .where(
      and(
        eq(meetings.teamId, team),
        eq(meetings.createdBy, worker),
        eq(meetings.type, "childProtectionConference"),
        // Held before the letter was started.
        lte(meetings.heldOn, workingDateOf(new Date(sentAt.getTime() - 27 * hour))),
      ),
    )
    .orderBy(desc(meetings.heldOn))
    .limit(1);
  const submittedAt = new Date(now.getTime() - 2 * hour);
  const sentId = randomUUID();
  const planId = randomUUID();
  const sentVersion = randomUUID();
  const planVersion = randomUUID();
  const at = (moment: Date, hoursBefore: number) => new Date(moment.getTime() - hoursBefore * hour);

  await tx.insert(letters).values([
    {
      id: sentId,
      kind: "cpConference",
      language: "en",
      meetingId: conference?.id ?? null,
      fromFamilyId: conference ? null : accounts.familyId,
      teamId: team,
      writerId: worker,
      status: "sent",
      dueOn: conference ? letterDueOn(conference.heldOn) : null,
      createdAt: at(sentAt, 26),
      updatedAt: sentAt,
      firstSentAt: sentAt,
      lastSentAt: sentAt,
    },
    {
      id: planId,
      kind: "fgcPlan",
      language: "en",
      fromFamilyId: accounts.familyId,
      teamId: team,
      writerId: worker,
      status: "submitted",
      createdAt: at(submittedAt, 24),
      updatedAt: submittedAt,
    },
  ]);
  await tx.insert(letterAddressees).values([
    { letterId: sentId, familyId: accounts.familyId },
    { letterId: planId, familyId: accounts.familyId },
  ]);
  await tx.insert(letterVersions).values([
    {
      id: sentVersion,
      letterId: sentId,
      number: 1,
      sections: conferenceLetter,
      readingAge: letterReadability(conferenceLetter, "en").readingAge,
      revision: 3,
      createdBy: worker,
      createdAt: at(sentAt, 26),
      updatedAt: at(sentAt, 5),
      sentAt,
    },
    {
      id: planVersion,
      letterId: planId,
      number: 1,
      sections: familyPlan,
      readingAge: letterReadability(familyPlan, "en").readingAge,
      revision: 2,
      createdBy: worker,
      createdAt: at(submittedAt, 24),
      updatedAt: submittedAt,
    },
  ]);
  const event = (letterId: string, versionId: string, kind: "submitted" | "approved" | "sent", byUserId: string, moment: Date) => ({
    id: uuidv7({ msecs: moment.getTime() }),
    letterId,
    versionId,
    kind,
    byUserId,
    at: moment,
  });
  await tx
    .insert(letterEvents)
    .values([
      event(sentId, sentVersion, "submitted", worker, at(sentAt, 4)),
      event(sentId, sentVersion, "approved", manager, at(sentAt, 1)),
      event(sentId, sentVersion, "sent", worker, sentAt),
      event(planId, planVersion, "submitted", worker, submittedAt),
    ]);
}
