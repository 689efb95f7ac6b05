import { z } from "zod";
import { nameText } from "../admin/schemas";
import { languages } from "../shared/language";
import { memberKinds, staffRoles } from "./roles";

import { passwordRules } from "./rules";

export { passwordRules };

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("invalidEmail");

export const staffSignInInput = z.object({
  email,
  password: z.string().min(1, "required").max(passwordRules.max, "passwordTooLong"),
});

export const newStaffPassword = z.string().min(passwordRules.staffMin, "passwordTooShort").max(passwordRules.max, "passwordTooLong");

export const newFamilyPassphrase = z.string().min(passwordRules.familyMin, "passwordTooShort").max(passwordRules.max, "passwordTooLong");

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "required").max(passwordRules.max, "passwordTooLong"),
  newPassword: z.string().min(1, "required").max(passwordRules.max, "passwordTooLong"),
});

/** Family sign-in names: lower-case letters, digits, dot, dash or underscore. */
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "tooShort")
  .max(30, "tooLong")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "usernameInvalid");

export const familyActivateInput = z.object({
  code: z.string().trim().min(1, "required").max(40, "activationCodeInvalid"),
  username,
  passphrase: newFamilyPassphrase,
});

export const staffActivateInput = z.object({
  code: z.string().trim().min(1, "required").max(40, "activationCodeInvalid"),
  password: newStaffPassword,
});

export const familySignInInput = z.object({
  username: z.string().trim().toLowerCase().min(1, "required").max(30, "wrongCredentials"),
  passphrase: z.string().min(1, "required").max(passwordRules.max, "passwordTooLong"),
});

export const language = z.enum(languages, { error: "invalidChoice" });
export const staffRole = z.enum(staffRoles, { error: "invalidChoice" });
export const memberKind = z.enum(memberKinds, { error: "invalidChoice" });
export const id = z.string().uuid("invalidInput");

/**
 * Where a family member may be told that a letter is waiting (never for signing in): blank
 * means none. Emails are sent there only while `emailLetterNotices` is on.
 */
const contactEmail = z
  .string({ error: "invalidInput" })
  .trim()
  .toLowerCase()
  .max(254, "tooLong")
  .refine((text) => text === "" || z.email().safeParse(text).success, "invalidEmail")
  .transform((text) => text || null)
  .nullish();

const letterNotices = {
  contactEmail,
  /** They chose to be emailed when a letter is sent to them; needs an address. */
  emailLetterNotices: z.boolean({ error: "invalidInput" }).default(false),
};

function noticesNeedAnEmail(input: { contactEmail?: string | null | undefined; emailLetterNotices: boolean }, ctx: z.RefinementCtx) {
  if (input.emailLetterNotices && !input.contactEmail) ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "required" });
}

export const createFamilyAccountInput = z
  .object({
    displayName: nameText(80),
    memberKind,
    preferredLanguage: language,
    teamId: id,
    ...letterNotices,
  })
  .superRefine(noticesNeedAnEmail);

/** A family account's address and whether they want to be emailed when a letter is waiting. */
export const updateFamilyContactInput = z.object({ id, ...letterNotices }).superRefine(noticesNeedAnEmail);
export type UpdateFamilyContactInput = z.output<typeof updateFamilyContactInput>;

export const createStaffUserInput = z.object({
  email,
  displayName: nameText(80),
  role: staffRole,
  teamIds: z.array(id).max(20, "tooLong"),
  password: newStaffPassword,
});

export const setLanguageInput = z.object({ language });

export { email as emailSchema };

export type CreateStaffUserInput = z.output<typeof createStaffUserInput>;
export type CreateFamilyAccountInput = z.output<typeof createFamilyAccountInput>;

/** Changing a staff account: its name, role and teams. */
export const updateStaffUserInput = z.object({
  id,
  role: staffRole,
  teamIds: z.array(id).max(20, "tooLong"),
  displayName: nameText(80),
});
export const setDisabledInput = z.object({ id, disabled: z.boolean() });
export const idInput = z.object({ id });
export type FamilyActivateInput = z.output<typeof familyActivateInput>;
