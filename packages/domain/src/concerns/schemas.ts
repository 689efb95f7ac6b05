import { z } from "zod";
import { concernNoteMaxLength, concernStatuses } from "./workflow";

const id = z.string().uuid("invalidInput");

export const concernIdInput = z.object({ id });

const note = z.string({ error: "required" }).trim().min(1, "required").max(concernNoteMaxLength, "tooLong");

export const acknowledgeConcernInput = z.object({ id, note: note.optional() });
export const addConcernNoteInput = z.object({ id, note });
/** Saying what was done is required to resolve a concern. */
export const resolveConcernInput = z.object({ id, note });

export const listConcernsInput = z
  .object({
    status: z.enum(concernStatuses, { error: "invalidChoice" }).optional(),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .optional();
export type ListConcernsInput = z.output<typeof listConcernsInput>;

/** Saying why nothing needs doing is required to clear a review item. */
export const clearReviewInput = z.object({ id, note });
/** Making a review item a concern; a note of why is welcome. */
export const escalateReviewInput = z.object({ id, note: note.optional() });
