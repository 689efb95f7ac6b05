import { meetingSchemas, statementSchemas } from "@heard/domain";
import { router, staffProcedure } from "../platform/trpc";
import * as meetings from "./service";

export const meetingsRouter = router({
  /** Records a meeting and issues its feedback code, link and QR code. */
  create: staffProcedure("meetings.record")
    .input(meetingSchemas.recordMeetingInput)
    .mutation(({ ctx, input }) => meetings.recordMeeting(ctx, input)),
  /** Whom a meeting in one of the person's teams can be about: the team's staff, by name. */
  colleagues: staffProcedure("meetings.record")
    .input(meetingSchemas.recordMeetingInput.pick({ teamId: true }))
    .query(({ ctx, input }) => meetings.colleagues(ctx, input)),
  /** Meetings the caller may see, newest first, with response counts and code status. */
  list: staffProcedure("meetings.view")
    .input(meetingSchemas.listMeetingsInput)
    .query(({ ctx, input }) => meetings.listMeetings(ctx, input)),
  /** One meeting with its code, link and QR code. */
  get: staffProcedure("meetings.view")
    .input(meetingSchemas.meetingIdInput)
    .query(({ ctx, input }) => meetings.getMeeting(ctx, input)),
  /** Stops a code taking feedback before it expires. */
  close: staffProcedure("meetings.close")
    .input(meetingSchemas.meetingIdInput)
    .mutation(({ ctx, input }) => meetings.closeMeeting(ctx, input)),
  /** The family accounts a meeting is about, so they can get ready for it in the family app. */
  setFamilies: staffProcedure("meetings.record")
    .input(statementSchemas.meetingFamiliesInput)
    .mutation(({ ctx, input }) => meetings.setMeetingFamilies(ctx, input)),
});
