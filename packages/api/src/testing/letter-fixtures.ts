import { users } from "@heard/db";
import { eq } from "drizzle-orm";
import { recordedMeeting } from "./fixtures";
import { makeUser, type TestWorld } from "./index";

/** Words for every required section of a conference letter, short enough for a child. */
export const conferenceWords = [
  { key: "whatWeTalkedAbout", type: "text" as const, text: "We talked about home and school." },
  { key: "worries", type: "text" as const, text: "We are worried that you are sad at home." },
  { key: "goingWell", type: "text" as const, text: "You go to school every day. Your nan helps." },
  { key: "whatHappensNow", type: "steps" as const, steps: ["Jo will visit you every week.", "Mum will go to a group."] },
  { key: "whoToTalkTo", type: "text" as const, text: "You can talk to Jo. Her phone number is 01234 567890." },
];

/**
 * A meeting in a new team, recorded by its worker, with a manager of the team and two family
 * accounts in it: the child and a parent.
 */
export async function letterWorld(world: TestWorld) {
  const { team, worker, caller, meeting } = await recordedMeeting(world, { type: "childProtectionConference" });
  const manager = await makeUser(world, "manager", { teamIds: [team.id] });
  const child = await makeUser(world, "family", { teamIds: [team.id] });
  const parent = await makeUser(world, "family", { teamIds: [team.id] });
  await world.db.update(users).set({ memberKind: "parent" }).where(eq(users.id, parent.user.id));
  return { team, worker, writer: caller, meeting, manager, child, parent };
}

/** A conference letter to the child, written in full and sent for approval. */
export async function submittedLetter(setup: Awaited<ReturnType<typeof letterWorld>>) {
  const [letter] = await setup.writer.letters.create({
    kind: "cpConference",
    language: "en",
    meetingId: setup.meeting.id,
    addresseeIds: [setup.child.user.id],
  });
  if (!letter) throw new Error("no letter");
  await setup.writer.letters.saveDraft({ id: letter.id, sections: conferenceWords });
  await setup.writer.letters.submit({ id: letter.id });
  return letter;
}
