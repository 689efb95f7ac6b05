export * from "./shared/language";
export * from "./shared/errors";
export * from "./shared/patterns";
export * from "./auth/roles";
export * from "./auth/activation-code";
export * from "./auth/sessions";
export * as authSchemas from "./auth/schemas";
export { passwordRules } from "./auth/rules";
export * as adminSchemas from "./admin/schemas";
export * from "./tips/default-tips";
export {
  meetingTypes,
  type MeetingType,
  meetingCodeStatuses,
  type MeetingCodeStatus,
  meetingCodeStatus,
  takesFeedback,
  lateFeedbackGraceMs,
  feedbackCodeExpiry,
  meetingDateProblem,
} from "./meetings/meetings";
export * from "./meetings/feedback-code";
export * as meetingSchemas from "./meetings/schemas";
export {
  respondentKinds,
  type RespondentKind,
  ageBands,
  type AgeBand,
  tipAnswers,
  type TipAnswer,
  tipAnswerCodes,
  tipAnswerFromCode,
  contactMethods,
  type ContactMethod,
  contactMethodNeedsDetail,
  freeTextMaxLength,
  maxAnswersPerResponse,
  answerMonthOf,
  characterCount,
} from "./feedback/feedback";
export * from "./feedback/content-hash";
export * as feedbackSchemas from "./feedback/schemas";
export type { SubmitFeedbackInput, SubmittedFeedback } from "./feedback/schemas";
export * from "./concerns/workflow";
export * as concernSchemas from "./concerns/schemas";
export * as tipsSchemas from "./tips/schemas";
export { topTipsCount, tipIcons, type TipIcon, tipVersionStatuses, type TipVersionStatus } from "./tips/schemas";
export * from "./tips/scoring";
export * as qaSchemas from "./qa/schemas";
export * from "./qa/period";
export * from "./qa/suppression";
export * from "./qa/pii";
export * from "./qa/csv";
export { concernCategories, type ConcernCategory } from "./concerns/categories";
export { screenForConcerns, type ConcernScreen, type ConcernMatch } from "./concerns/screen";
