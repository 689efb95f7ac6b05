import { createHash, randomBytes } from "node:crypto";
import { meetingFamilies, meetings, meetingWorkers, statementReplies, statements, type Tx, users } from "@heard/db";
import { feedbackCodeFromRandomBytes, type StatementContent, statementAnswerBy, workingDateOf } from "@heard/domain";
import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { DemoAccounts } from "./accounts";

const hour = 60 * 60 * 1000;

function newCode(): string {
  for (;;) {
    const code = feedbackCodeFromRandomBytes(randomBytes(24));
    if (code) return code;
  }
}

/**
 * "Tell my worker" for the demo's family sign-in (`sam`): allocated to the demo worker, with a
 * core group meeting tomorrow to get ready for, and one message the worker has answered.
 */
export async function writeDemoStatements(tx: Tx, accounts: DemoAccounts, now: Date): Promise<void> {
  const team = accounts.teamIds.north;
  const worker = accounts.staffIds.get("worker@demo.heard.local");
  if (!worker) throw new Error("no demo worker");
  await tx.update(users).set({ allocatedWorkerId: worker }).where(eq(users.id, accounts.familyId));

  const meetingId = uuidv7({ msecs: now.getTime() });
  const tomorrow = workingDateOf(new Date(now.getTime() + 24 * hour));
  await tx.insert(meetings).values({
    id: meetingId,
    type: "coreGroup",
    heldOn: tomorrow,
    teamId: team,
    tipVersionId: accounts.tipVersionId,
    feedbackCode: newCode(),
    codeExpiresAt: new Date(now.getTime() + 15 * 24 * hour),
    createdBy: worker,
    createdAt: now,
  });
  await tx.insert(meetingWorkers).values({ meetingId, userId: worker });
  await tx.insert(meetingFamilies).values({ meetingId, familyId: accounts.familyId });

  const sentAt = new Date(now.getTime() - 2 * 24 * hour);
  const content: StatementContent = {
    kind: "feeling",
    face: 3,
    worry: 6,
    why: "I am a bit worried about the meeting and who will be there.",
  };
  const id = uuidv7({ msecs: sentAt.getTime() });
  const answeredAt = new Date(sentAt.getTime() + 3 * hour);
  await tx.insert(statements).values({
    id,
    familyId: accounts.familyId,
    teamId: team,
    kind: content.kind,
    language: "en",
    content,
    face: content.face,
    worry: content.worry,
    workerId: worker,
    idempotencyKey: `demo-${id}`,
    contentHash: createHash("sha256")
      .update(JSON.stringify(["en", content]))
      .digest("hex"),
    sentAt,
    answerBy: statementAnswerBy(sentAt),
    readAt: new Date(sentAt.getTime() + hour),
    readBy: worker,
    firstAnsweredAt: answeredAt,
  });
  await tx.insert(statementReplies).values({
    statementId: id,
    text: "Thank you for telling me, Sam. Only people who know you will be there: me, your mum and your teacher. We can talk about it before it starts.",
    byUserId: worker,
    createdAt: answeredAt,
  });
}
