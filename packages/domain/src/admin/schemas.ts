import { z } from "zod";
import { phonePattern } from "../shared/patterns";
import { hasInvisibleCharacters } from "../shared/text";
import { auditActions } from "./audit";

/** UK-style phone numbers as people write them: digits, spaces, +, brackets, dashes. */
export const phoneNumber = z.string().trim().min(3, "invalidPhone").max(30, "invalidPhone").regex(phonePattern, "invalidPhone");

/** A name people read (an organisation, team or person): no hidden characters that could disguise it. */
export function nameText(max: number) {
  return z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((name) => !hasInvisibleCharacters(name), "invisibleCharacters");
}

export const organisationSettingsInput = z.object({
  name: nameText(120),
  frontDoorPhone: phoneNumber,
  safeguardingEmail: z.string().trim().toLowerCase().max(254, "tooLong").email("invalidEmail"),
  kAnonymityThreshold: z.number({ error: "invalidInput" }).int("invalidInput").min(2, "invalidInput").max(50, "invalidInput"),
  /** Whether a worker may name a colleague to approve their letter, besides the team's managers. Unchanged when left out. */
  lettersNamedReviewer: z.boolean({ error: "invalidInput" }).optional(),
});
export type OrganisationSettingsInput = z.infer<typeof organisationSettingsInput>;

export const teamInput = z.object({ name: nameText(80) });

export const auditLogQuery = z.object({
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  action: z.enum(auditActions, { error: "invalidChoice" }).optional(),
});
export type AuditLogQuery = z.output<typeof auditLogQuery>;
