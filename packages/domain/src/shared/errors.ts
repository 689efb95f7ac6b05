/**
 * Stable message keys the server sends in errors; the apps translate them
 * (namespace `errors` in @heard/i18n). Never send prose or internals instead.
 */
export const errorKeys = [
  "invalidInput",
  "required",
  "tooShort",
  "tooLong",
  "invalidEmail",
  "invalidPhone",
  "invalidChoice",
  "notSignedIn",
  "forbidden",
  "notFound",
  "conflict",
  "crossSite",
  "tooManyRequests",
  "server",
  "network",
  "wrongCredentials",
  "lockedOut",
  "accountDisabled",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordsDiffer",
  "passwordSameAsOld",
  "activationCodeInvalid",
  "activationCodeExpired",
  "activationCodeUsed",
  "usernameTaken",
  "usernameInvalid",
  "emailTaken",
  "teamNameTaken",
  "teamRequired",
  "cannotDisableSelf",
  "cannotChangeOwnRole",
  "invalidDate",
  "meetingDateInFuture",
  "meetingWorkerNotInTeam",
  "noPublishedTips",
  "feedbackCodeUnknown",
  "feedbackCodeExpired",
  "feedbackCodeClosed",
  "idempotencyConflict",
  "tipNotInVersion",
  "concernAlreadyAcknowledged",
  "concernAlreadyResolved",
  // tips and qa
  "tipsMustBeTen",
  "noTipsDraft",
  "dateRangeReversed",
  "dateRangeTooLong",
] as const;
export type ErrorKey = (typeof errorKeys)[number];

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && (errorKeys as readonly string[]).includes(value);
}
