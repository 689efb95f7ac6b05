export * as adminSchemas from "./admin/schemas";
export * from "./auth/activation-code";
export * from "./auth/roles";
export { passwordRules } from "./auth/rules";
export * as authSchemas from "./auth/schemas";
export * from "./auth/sessions";
export { type ConcernCategory, concernCategories } from "./concerns/categories";
export * as concernSchemas from "./concerns/schemas";
export { type ConcernMatch, type ConcernScreen, screenForConcerns } from "./concerns/screen";
export * from "./concerns/workflow";
export * from "./feedback/content-hash";
export {
  type AgeBand,
  ageBands,
  answerMonthOf,
  type ContactMethod,
  characterCount,
  contactMethodNeedsDetail,
  contactMethods,
  freeTextMaxLength,
  maxAnswersPerResponse,
  type RespondentKind,
  respondentKinds,
  type TipAnswer,
  tipAnswerCodes,
  tipAnswerFromCode,
  tipAnswers,
} from "./feedback/feedback";
export type { SubmitFeedbackInput, SubmittedFeedback } from "./feedback/schemas";
export * as feedbackSchemas from "./feedback/schemas";
export * from "./meetings/feedback-code";
export {
  feedbackCodeExpiry,
  lateFeedbackGraceMs,
  type MeetingCodeStatus,
  type MeetingType,
  meetingCodeStatus,
  meetingCodeStatuses,
  meetingDateProblem,
  meetingTypes,
  takesFeedback,
} from "./meetings/meetings";
export * as meetingSchemas from "./meetings/schemas";
export * from "./qa/csv";
export * from "./qa/period";
export * from "./qa/pii";
export * as qaSchemas from "./qa/schemas";
export * from "./qa/suppression";
export * from "./shared/errors";
export * from "./shared/language";
export * from "./shared/patterns";
export * from "./tips/default-tips";
export * as tipsSchemas from "./tips/schemas";
export { type TipIcon, type TipVersionStatus, tipIcons, tipVersionStatuses, topTipsCount } from "./tips/schemas";
export * from "./tips/scoring";
