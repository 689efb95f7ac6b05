import { z } from "zod";
import { isCalendarDate, meetingCodeStatuses, meetingTypes } from "./meetings";

const id = z.string().uuid("invalidInput");

export const meetingType = z.enum(meetingTypes, { error: "invalidChoice" });

/** YYYY-MM-DD and a real date. Whether it is too far in the future needs the clock: see `meetingDateProblem`. */
export const heldOn = z.string({ error: "required" }).trim().min(1, "required").refine(isCalendarDate, "invalidDate");

export const recordMeetingInput = z.object({
  type: meetingType,
  heldOn,
  teamId: z.string({ error: "teamRequired" }).uuid("teamRequired"),
  /** The worker(s) the feedback is about; the person recording may list themselves. */
  workerIds: z
    .array(id, { error: "required" })
    .min(1, "required")
    .max(10, "tooLong")
    .transform((ids) => [...new Set(ids)]),
  /** The case system's reference, if the worker wants it kept with the meeting. */
  caseReference: z
    .string()
    .trim()
    .max(100, "tooLong")
    .optional()
    .nullable()
    .transform((value) => (value ? value : undefined)),
});
export type RecordMeetingInput = z.infer<typeof recordMeetingInput>;

export const meetingIdInput = z.object({ id });

export const listMeetingsInput = z
  .object({
    status: z.enum(meetingCodeStatuses, { error: "invalidChoice" }).optional(),
    teamId: id.optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .optional();
export type ListMeetingsInput = z.infer<typeof listMeetingsInput>;
