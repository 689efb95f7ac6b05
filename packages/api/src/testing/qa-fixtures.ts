/**
 * Test fixtures for reading feedback: versions of the tips, meetings, responses and answers
 * written straight into the database (the meetings and feedback routers are tested on their own).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { type Database, feedbackAnswers, feedbackResponses, meetings, meetingWorkers, tips, tipVersions } from "@heard/db";
import { defaultTips, type MeetingType, type RespondentKind, tipAnswerCodes } from "@heard/domain";

export type FixtureVersion = { id: string; number: number; tipIds: string[] };

let versionNumber = 1000;

/** A version of the Top 10 Tips with the default wording (titles suffixed when asked). */
export async function insertTipVersion(
  db: Database,
  options: { status?: "draft" | "published" | "retired"; number?: number; titleSuffix?: string } = {},
): Promise<FixtureVersion> {
  const [version] = await db
    .insert(tipVersions)
    .values({
      number: options.number ?? ++versionNumber,
      status: options.status ?? "published",
      publishedAt: options.status === "draft" ? null : new Date("2025-01-01T00:00:00Z"),
    })
    .returning();
  if (!version) throw new Error("version not created");
  const rows = await db
    .insert(tips)
    .values(
      defaultTips.map((tip, index) => ({
        versionId: version.id,
        position: index + 1,
        title: `${tip.title}${options.titleSuffix ?? ""}`,
        wording: tip.wording,
        icon: tip.icon ?? null,
        translations: tip.translations ?? {},
      })),
    )
    .returning({ id: tips.id, position: tips.position });
  return { id: version.id, number: version.number, tipIds: rows.sort((a, b) => a.position - b.position).map((r) => r.id) };
}

export async function insertMeeting(
  db: Database,
  options: { teamId: string; tipVersionId: string; createdBy: string; workerIds?: string[]; type?: MeetingType; heldOn?: string },
) {
  const [meeting] = await db
    .insert(meetings)
    .values({
      type: options.type ?? "coreGroup",
      heldOn: options.heldOn ?? "2026-01-10",
      teamId: options.teamId,
      tipVersionId: options.tipVersionId,
      feedbackCode: randomBytes(6).toString("hex").slice(0, 8).toUpperCase(),
      codeExpiresAt: new Date("2026-12-31T00:00:00Z"),
      createdBy: options.createdBy,
    })
    .returning();
  if (!meeting) throw new Error("meeting not created");
  const workerIds = options.workerIds ?? [options.createdBy];
  if (workerIds.length) await db.insert(meetingWorkers).values(workerIds.map((userId) => ({ meetingId: meeting.id, userId })));
  return meeting;
}

export type Answer = keyof typeof tipAnswerCodes;

/**
 * Responses to a meeting, each answering the version's tips in order: `answers[i]` answers tip
 * i + 1 (tips left out are skipped). Answers carry the meeting's team and type and the month.
 */
export async function insertResponses(
  db: Database,
  meeting: { id: string; teamId: string; type: MeetingType; tipVersionId: string },
  version: FixtureVersion,
  count: number,
  options: { answers?: Answer[]; submittedAt?: string; respondentKind?: RespondentKind; freeText?: string | null } = {},
) {
  const submittedAt = new Date(options.submittedAt ?? "2026-01-15T12:00:00Z");
  const month = `${submittedAt.toISOString().slice(0, 7)}-01`;
  const answers = options.answers ?? ["yes"];
  const respondentKind = options.respondentKind ?? "child";
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const [response] = await db
      .insert(feedbackResponses)
      .values({
        meetingId: meeting.id,
        tipVersionId: version.id,
        respondentKind,
        ageBand: respondentKind === "child" ? "13to15" : null,
        language: "en",
        freeText: options.freeText ?? null,
        idempotencyKey: randomUUID(),
        contentHash: "fixture",
        submittedAt: new Date(submittedAt.getTime() + n * 1000),
      })
      .returning({ id: feedbackResponses.id });
    if (!response) throw new Error("response not created");
    ids.push(response.id);
    await db.insert(feedbackAnswers).values(
      version.tipIds.map((tipId, i) => ({
        responseId: response.id,
        tipId,
        tipVersionId: version.id,
        answer: tipAnswerCodes[answers[i] ?? "skipped"],
        teamId: meeting.teamId,
        meetingType: meeting.type,
        respondentKind,
        month,
      })),
    );
  }
  return ids;
}
