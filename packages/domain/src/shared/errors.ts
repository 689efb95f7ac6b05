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
  "payloadTooLarge",
  "rateLimited",
  "methodNotAllowed",
  "unsupportedMediaType",
  "invisibleCharacters",
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
  "reviewAlreadyDone",
  // tips and qa
  "tipsMustBeTen",
  "noTipsDraft",
  "dateRangeReversed",
  "dateRangeTooLong",
  // letters
  "letterSourceRequired",
  "letterNoAddressee",
  "letterAddresseeNotVisible",
  "letterRequiredSections",
  "letterSectionMismatch",
  "letterSectionKeysRepeat",
  "letterChangedElsewhere",
  "letterAwaitingApproval",
  "letterAlreadyApproved",
  "letterNotAwaitingApproval",
  "letterNotApproved",
  "letterNotSent",
  "letterSent",
  "letterOwnApproval",
  "letterNotYourReview",
  "letterReviewerInvalid",
  "letterNotYours",
  "letterReceiptGiven",
  "glossaryTermTaken",
  // messages to the worker
  "statementEmpty",
  "statementFaceRequired",
  "statementNoRecipient",
  "statementNotYours",
  "statementMeetingNotYours",
  "statementNotGetReady",
  "statementMeetingRequired",
  "allocationNotInTeam",
  "familyNotInTeam",
] as const;
export type ErrorKey = (typeof errorKeys)[number];

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && (errorKeys as readonly string[]).includes(value);
}

/**
 * The kinds of failure, whatever carries them: the API maps each once to a tRPC code and an
 * HTTP status (packages/api/src/platform/errors.ts).
 */
export const failureCodes = [
  "badRequest",
  "unauthenticated",
  "forbidden",
  "notFound",
  "conflict",
  "preconditionFailed",
  "payloadTooLarge",
  "tooManyRequests",
  "unavailable",
  "internal",
] as const;
export type FailureCode = (typeof failureCodes)[number];

/** Safe values to go with a message (a time to try again at, a limit). Never personal data. */
export type ErrorDetail = Readonly<Record<string, string | number>>;

/**
 * An expected failure: its kind, the message key the apps translate, per-field message keys
 * for a form, and safe detail. Services throw it; transports turn it into their own shape.
 */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: FailureCode;
  readonly key: ErrorKey;
  readonly fieldErrors: Readonly<Record<string, ErrorKey>> | undefined;
  readonly detail: ErrorDetail | undefined;
  constructor(
    code: FailureCode,
    key: ErrorKey,
    options: { fieldErrors?: Record<string, ErrorKey>; detail?: ErrorDetail; cause?: unknown } = {},
  ) {
    super(key, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.key = key;
    this.fieldErrors = options.fieldErrors;
    this.detail = options.detail;
  }
}

/** Throws an AppError: `return fail("notFound", "notFound")` reads as the outcome it is. */
export function fail(code: FailureCode, key: ErrorKey, detail?: ErrorDetail): never {
  throw new AppError(code, key, detail ? { detail } : {});
}

/**
 * Refuses one field of an input, as a schema would: a form shows the message beside the
 * field. For rules that need the clock or the database and so cannot live in the schema.
 */
export function failField(field: string, key: ErrorKey): never {
  throw new AppError("badRequest", "invalidInput", { fieldErrors: { [field]: key } });
}
