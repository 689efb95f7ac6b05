import { type Database, feedbackResponses, meetings, meetingWorkers, teams, users } from "@heard/db";
import { formatFeedbackCode, type MeetingCodeStatus, meetingCodeStatus } from "@heard/domain";
import { asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import QRCode from "qrcode";

/** The address a family opens to give feedback on a meeting: /f/ABCD-EFGH. */
export function feedbackLink(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/f/${formatFeedbackCode(code)}`;
}

/** The link as an SVG QR code, for the worker to show on a screen or print. */
export function feedbackQrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

const creators = alias(users, "creators");

const responseCount = sql<number>`(select count(*)::int from ${feedbackResponses} where ${feedbackResponses.meetingId} = ${meetings.id})`;

export type MeetingRow = {
  id: string;
  type: (typeof meetings.$inferSelect)["type"];
  heldOn: string;
  teamId: string;
  teamName: string;
  tipVersionId: string;
  caseReference: string | null;
  feedbackCode: string;
  codeExpiresAt: Date;
  codeClosedAt: Date | null;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  responseCount: number;
};

/** Meetings with their team, creator and number of responses; newest meeting first. */
export async function selectMeetings(db: Database, where: SQL | undefined, limit: number): Promise<MeetingRow[]> {
  return db
    .select({
      id: meetings.id,
      type: meetings.type,
      heldOn: meetings.heldOn,
      teamId: meetings.teamId,
      teamName: teams.name,
      tipVersionId: meetings.tipVersionId,
      caseReference: meetings.caseReference,
      feedbackCode: meetings.feedbackCode,
      codeExpiresAt: meetings.codeExpiresAt,
      codeClosedAt: meetings.codeClosedAt,
      createdBy: meetings.createdBy,
      createdByName: creators.displayName,
      createdAt: meetings.createdAt,
      responseCount,
    })
    .from(meetings)
    .innerJoin(teams, eq(teams.id, meetings.teamId))
    .innerJoin(creators, eq(creators.id, meetings.createdBy))
    .where(where)
    .orderBy(desc(meetings.heldOn), desc(meetings.createdAt))
    .limit(limit);
}

/** The workers each meeting is about, by meeting id. */
export async function workersOf(db: Database, meetingIds: string[]): Promise<Map<string, { id: string; displayName: string }[]>> {
  const byMeeting = new Map<string, { id: string; displayName: string }[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = await db
    .select({ meetingId: meetingWorkers.meetingId, id: users.id, displayName: users.displayName })
    .from(meetingWorkers)
    .innerJoin(users, eq(users.id, meetingWorkers.userId))
    .where(inArray(meetingWorkers.meetingId, meetingIds))
    .orderBy(asc(users.displayName));
  for (const row of rows) {
    const list = byMeeting.get(row.meetingId) ?? [];
    list.push({ id: row.id, displayName: row.displayName });
    byMeeting.set(row.meetingId, list);
  }
  return byMeeting;
}

/** A meeting as the staff app shows it: dates as ISO strings, the code formatted, its status now. */
export function meetingView(row: MeetingRow, workers: { id: string; displayName: string }[], publicUrl: string, now: Date) {
  const status: MeetingCodeStatus = meetingCodeStatus(row, now);
  return {
    id: row.id,
    type: row.type,
    heldOn: row.heldOn,
    teamId: row.teamId,
    teamName: row.teamName,
    tipVersionId: row.tipVersionId,
    caseReference: row.caseReference,
    code: formatFeedbackCode(row.feedbackCode),
    link: feedbackLink(publicUrl, row.feedbackCode),
    codeExpiresAt: row.codeExpiresAt.toISOString(),
    codeClosedAt: row.codeClosedAt?.toISOString() ?? null,
    status,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    workers,
    responseCount: row.responseCount,
  };
}
export type MeetingView = ReturnType<typeof meetingView>;
