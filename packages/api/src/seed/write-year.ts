import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  concernEvents,
  concerns,
  feedbackAnswers,
  feedbackResponses,
  jobs,
  mailOutbox,
  meetings,
  meetingWorkers,
  type Tx,
} from "@heard/db";
import { answerMonthOf, feedbackCodeFromRandomBytes, feedbackContentHashInput, tipAnswerCodes } from "@heard/domain";
import { type SQL, sql, type Table } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { jobKinds } from "../jobs/kinds";
import { concernAlertMail } from "../mail/concern-alert";
import { type DemoAccounts, demoOrganisation, demoTeams } from "./accounts";
import type { DemoYear, PlannedMeeting, PlannedResponse } from "./feedback-year";

/** Rows written, by table. */
export type DemoYearCounts = Record<
  "meetings" | "meetingWorkers" | "feedbackResponses" | "feedbackAnswers" | "concerns" | "concernEvents" | "mailOutbox" | "jobs",
  number
>;

/**
 * INSERT … SELECT FROM unnest(one array per column): one statement and a handful of parameters
 * however many rows (a multi-row VALUES list would need one parameter per value).
 */
async function insertColumns(tx: Tx, table: Table, columns: Record<string, readonly [string, readonly unknown[]]>): Promise<void> {
  const names = Object.keys(columns);
  const arrays: SQL[] = Object.values(columns).map(([type, values]) => sql`${sql.param(values)}::${sql.raw(type)}[]`);
  await tx.execute(
    sql`insert into ${table} (${sql.join(
      names.map((name) => sql.identifier(name)),
      sql`, `,
    )}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

function newFeedbackCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    const code = feedbackCodeFromRandomBytes(randomBytes(24));
    if (code) codes.add(code);
  }
  return [...codes];
}

const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Stores the planned year as the server would have stored it, a few large statements in the
 * caller's transaction: meetings and their workers, responses and their answers (with the
 * copies of team, type, respondent kind and month that `feedback_answers` carries), and the
 * concerns with their events and alerts (as `raiseConcerns` writes them: each urgent or
 * concern-level alert queued in `mail_outbox` with its `mail.deliver` job; both already done,
 * so the demo inbox is not sent a year of old alerts). QA's tallies are left to its first query.
 */
export async function writeDemoYear(
  tx: Tx,
  accounts: DemoAccounts,
  year: DemoYear,
  options: { publicUrl: string },
): Promise<DemoYearCounts> {
  const staffId = (email: string) => {
    const id = accounts.staffIds.get(email);
    if (!id) throw new Error(`no demo staff ${email}`);
    return id;
  };
  const codes = newFeedbackCodes(year.meetings.length);
  const meetingIds = new Map<PlannedMeeting, string>();
  const meetingCodes = new Map<PlannedMeeting, string>();
  year.meetings.forEach((meeting, i) => {
    meetingIds.set(meeting, randomUUID());
    meetingCodes.set(meeting, codes[i] ?? "");
  });
  const idOf = (meeting: PlannedMeeting) => meetingIds.get(meeting) ?? "";
  const teamId = (meeting: PlannedMeeting) => accounts.teamIds[meeting.team];

  await insertColumns(tx, meetings, {
    id: ["uuid", year.meetings.map(idOf)],
    type: ["text", year.meetings.map((m) => m.type)],
    held_on: ["date", year.meetings.map((m) => m.heldOn)],
    team_id: ["uuid", year.meetings.map(teamId)],
    tip_version_id: ["uuid", year.meetings.map(() => accounts.tipVersionId)],
    case_reference: ["text", year.meetings.map((m) => m.caseReference)],
    feedback_code: ["text", year.meetings.map((m) => meetingCodes.get(m) ?? "")],
    code_expires_at: ["timestamptz", year.meetings.map((m) => m.codeExpiresAt.toISOString())],
    code_closed_at: ["timestamptz", year.meetings.map((m) => m.codeClosedAt?.toISOString() ?? null)],
    created_by: ["uuid", year.meetings.map((m) => staffId(m.createdBy))],
    created_at: ["timestamptz", year.meetings.map((m) => m.recordedAt.toISOString())],
  });
  const workers = year.meetings.flatMap((m) => m.workers.map((email) => [idOf(m), staffId(email)] as const));
  await insertColumns(tx, meetingWorkers, {
    meeting_id: ["uuid", workers.map(([meetingId]) => meetingId)],
    user_id: ["uuid", workers.map(([, userId]) => userId)],
  });

  const responses = year.meetings.flatMap((meeting) => meeting.responses.map((response) => ({ meeting, response })));
  const responseIds = new Map<PlannedResponse, string>();
  for (const { response } of responses) responseIds.set(response, uuidv7({ msecs: response.submittedAt.getTime() }));
  const responseId = (response: PlannedResponse) => responseIds.get(response) ?? "";
  const contentHash = ({ meeting, response }: (typeof responses)[number]) =>
    sha256Hex(
      feedbackContentHashInput({
        code: meetingCodes.get(meeting) ?? "",
        respondentKind: response.respondentKind,
        ageBand: response.ageBand,
        language: response.language,
        answers: response.answers.map((answer, i) => ({ tipId: accounts.tipIds[i] ?? "", answer })),
        freeText: response.freeText,
        contactRequested: response.contact !== null,
        contactMethod: response.contact?.method ?? null,
        contactDetail: response.contact?.detail ?? null,
      }),
    );
  await insertColumns(tx, feedbackResponses, {
    id: ["uuid", responses.map(({ response }) => responseId(response))],
    meeting_id: ["uuid", responses.map(({ meeting }) => idOf(meeting))],
    tip_version_id: ["uuid", responses.map(() => accounts.tipVersionId)],
    respondent_kind: ["text", responses.map(({ response }) => response.respondentKind)],
    age_band: ["text", responses.map(({ response }) => response.ageBand)],
    language: ["text", responses.map(({ response }) => response.language)],
    free_text: ["text", responses.map(({ response }) => response.freeText)],
    contact_requested: ["boolean", responses.map(({ response }) => response.contact !== null)],
    contact_method: ["text", responses.map(({ response }) => response.contact?.method ?? null)],
    contact_detail: ["text", responses.map(({ response }) => response.contact?.detail ?? null)],
    idempotency_key: ["text", responses.map(() => randomBytes(16).toString("base64url"))],
    content_hash: ["text", responses.map(contentHash)],
    submitted_at: ["timestamptz", responses.map(({ response }) => response.submittedAt.toISOString())],
    written_at: ["timestamptz", responses.map(({ response }) => response.writtenAt.toISOString())],
  });

  const answers = responses.flatMap(({ meeting, response }) =>
    response.answers.map((answer, i) => ({ meeting, response, tipId: accounts.tipIds[i] ?? "", code: tipAnswerCodes[answer] })),
  );
  await insertColumns(tx, feedbackAnswers, {
    response_id: ["uuid", answers.map((a) => responseId(a.response))],
    tip_id: ["uuid", answers.map((a) => a.tipId)],
    tip_version_id: ["uuid", answers.map(() => accounts.tipVersionId)],
    answer: ["smallint", answers.map((a) => a.code)],
    team_id: ["uuid", answers.map((a) => teamId(a.meeting))],
    meeting_type: ["text", answers.map((a) => a.meeting.type)],
    respondent_kind: ["text", answers.map((a) => a.response.respondentKind)],
    month: ["date", answers.map((a) => answerMonthOf(a.response.submittedAt))],
  });

  const raised = year.concerns.map((concern) => ({ ...concern, id: randomUUID() }));
  if (raised.length > 0) {
    await tx.insert(concerns).values(
      raised.map((concern) => ({
        id: concern.id,
        reason: concern.reason,
        level: concern.level,
        categories: [...concern.categories],
        responseId: responseId(concern.response),
        meetingId: idOf(concern.meeting),
        teamId: teamId(concern.meeting),
        raisedAt: concern.raisedAt,
        acknowledgeBy: concern.acknowledgeBy,
      })),
    );
  }
  const events = raised.flatMap((concern) =>
    concern.events.map((event) => ({
      concernId: concern.id,
      kind: event.kind,
      note: event.note,
      byUserId: staffId(event.by),
      at: event.at,
    })),
  );
  if (events.length > 0) await tx.insert(concernEvents).values(events);

  const alerts = await Promise.all(
    raised
      .filter((concern) => concern.level !== "review")
      .map(async (concern) => {
        const mail = await concernAlertMail(demoOrganisation.safeguardingEmail, {
          concernId: concern.id,
          reason: concern.reason,
          categories: concern.categories,
          raisedAt: concern.raisedAt,
          acknowledgeBy: concern.acknowledgeBy,
          meetingType: concern.meeting.type,
          heldOn: concern.meeting.heldOn,
          teamName: demoTeams[concern.meeting.team],
          publicUrl: options.publicUrl,
        });
        // Sent a few seconds after it was raised, at the first attempt.
        return { id: randomUUID(), mail, concern, sentAt: new Date(concern.raisedAt.getTime() + 4_000) };
      }),
  );
  if (alerts.length > 0) {
    await tx.insert(mailOutbox).values(
      alerts.map(({ id, mail, concern, sentAt }) => ({
        id,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        concernId: concern.id,
        createdAt: concern.raisedAt,
        attempts: 1,
        nextAttemptAt: concern.raisedAt,
        sentAt,
      })),
    );
    await tx.insert(jobs).values(
      alerts.map(({ id, concern, sentAt }) => ({
        kind: "mail.deliver",
        payload: { outboxId: id },
        dedupeKey: id,
        runAt: concern.raisedAt,
        attempts: 1,
        maxAttempts: jobKinds["mail.deliver"].maxAttempts,
        doneAt: sentAt,
        createdAt: concern.raisedAt,
      })),
    );
  }
  return {
    meetings: year.meetings.length,
    meetingWorkers: workers.length,
    feedbackResponses: responses.length,
    feedbackAnswers: answers.length,
    concerns: raised.length,
    concernEvents: events.length,
    mailOutbox: alerts.length,
    jobs: alerts.length,
  };
}
