/**
 * Everything in @heard/domain that is not a zod schema: lists, types and rules. The family app
 * imports this subpath (`@heard/domain/rules`) so its bundle never carries zod; the schemas
 * that parse input at the server are in the package's main entry beside these.
 */
export * from "./admin/audit";
export * from "./auth/activation-code";
export * from "./auth/limits";
export * from "./auth/permissions";
export * from "./auth/roles";
export { passwordRules } from "./auth/rules";
export * from "./auth/sessions";
export { type ConcernCategory, concernCategories } from "./concerns/categories";
export { type ConcernMatch, type ConcernScreen, screenForConcerns } from "./concerns/screen";
export * from "./concerns/workflow";
export * from "./feedback/feedback";
export * from "./letters/glossary/index";
export * from "./letters/kinds";
export * from "./letters/lifecycle";
export * from "./letters/templates";
export * from "./meetings/feedback-code";
export * from "./meetings/meetings";
export * from "./qa/csv";
export * from "./qa/period";
export * from "./qa/pii";
export * from "./qa/suppression";
export * from "./shared/errors";
export * from "./shared/language";
export * from "./shared/patterns";
export * from "./shared/text";
export * from "./shared/working-days";
export * from "./statements/figures";
export * from "./statements/kinds";
export * from "./statements/routing";
export * from "./tips/default-tips";
export * from "./tips/scoring";
export * from "./tips/tips";
