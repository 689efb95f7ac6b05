import { statementSchemas } from "@heard/domain";
import { familyProcedure, router, staffProcedure } from "../platform/trpc";
import * as statements from "./service";

const answers = staffProcedure("statements.answer");

export const statementsRouter = router({
  /** A family member's message to their worker; sent once per idempotency key, screened like feedback. */
  send: familyProcedure.input(statementSchemas.sendStatementInput).mutation(({ ctx, input }) => statements.sendStatement(ctx, input)),
  /** The family member's own messages, newest first, with whether each was read and the answers. */
  mine: familyProcedure.query(({ ctx }) => statements.mySentStatements(ctx)),
  /** The family member has seen the answers to one message. */
  seen: familyProcedure.input(statementSchemas.statementIdInput).mutation(({ ctx, input }) => statements.sawReplies(ctx, input)),
  /** Meetings staff recorded for this family account, from today on, to get ready for. */
  upcomingMeetings: familyProcedure.query(({ ctx }) => statements.upcomingMeetings(ctx)),
  /** Staff: unread first; mine or my teams'; all, unanswered or late. */
  inbox: answers.input(statementSchemas.statementInboxInput).query(({ ctx, input }) => statements.inbox(ctx, input)),
  /** Opens a message (marking it read) with its answers. */
  get: answers.input(statementSchemas.statementIdInput).query(({ ctx, input }) => statements.getStatement(ctx, input)),
  reply: answers.input(statementSchemas.replyStatementInput).mutation(({ ctx, input }) => statements.replyToStatement(ctx, input)),
  /** A get-ready message shared at its meeting, so the meeting's page shows it. */
  share: answers.input(statementSchemas.shareStatementInput).mutation(({ ctx, input }) => statements.shareStatement(ctx, input)),
  /** The get-ready messages shared at a meeting, for the meeting's page. */
  atMeeting: staffProcedure("meetings.view")
    .input(statementSchemas.statementIdInput)
    .query(({ ctx, input }) => statements.sharedAtMeeting(ctx, input.id)),
  /** How a family account said they felt, over time. */
  feelings: answers.input(statementSchemas.familyFeelingsInput).query(({ ctx, input }) => statements.feelingsOf(ctx, input)),
  allocate: staffProcedure("families.allocate")
    .input(statementSchemas.allocateWorkerInput)
    .mutation(({ ctx, input }) => statements.allocateWorker(ctx, input)),
  away: router({
    get: staffProcedure("statements.away").query(({ ctx }) => statements.myAway(ctx)),
    set: staffProcedure("statements.away")
      .input(statementSchemas.setAwayInput)
      .mutation(({ ctx, input }) => statements.setAway(ctx, input)),
  }),
  /** Messages in the QA picture by team and month. */
  figures: staffProcedure("statements.figures")
    .input(statementSchemas.statementFiguresInput)
    .query(({ ctx, input }) => statements.statementFiguresFor(ctx, input)),
});
