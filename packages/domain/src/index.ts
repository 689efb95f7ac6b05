/**
 * @heard/domain: types, zod schemas and rules. No I/O. `./rules` holds everything but the
 * schemas (no zod) for the family app; the schemas are namespaced by area here.
 */

export * as adminSchemas from "./admin/schemas";
export * as authSchemas from "./auth/schemas";
export * as concernSchemas from "./concerns/schemas";
export * from "./feedback/content-hash";
export type { SubmitFeedbackInput, SubmittedFeedback } from "./feedback/schemas";
export * as feedbackSchemas from "./feedback/schemas";
// The reading age needs the syllable counter: the staff app and the server only, never the family app's bundle.
export * from "./letters/readability";
export * as letterSchemas from "./letters/schemas";
export * as meetingSchemas from "./meetings/schemas";
export * as qaSchemas from "./qa/schemas";
export * from "./rules";
export * as statementSchemas from "./statements/schemas";
export * as tipsSchemas from "./tips/schemas";
