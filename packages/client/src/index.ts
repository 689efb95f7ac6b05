/**
 * @heard/client: what both apps do alike, small and free of heavy libraries (the family app's
 * feedback route has a 40 KB budget): reading the API's errors, a form's problems and their
 * summary, and dates and numbers in the reader's language. Import what you use; the rest is
 * left out of the bundle.
 */
export { type AnyTranslate, ApiError, apiErrorOf, errorMessage, isNetworkFailure, type Problem, problemOf, refusalOf } from "./errors";
export { type DateStyle, dateLocale, formatDate, formatList, formatNumber, formatPercent, localDay } from "./format";
export {
  createForm,
  type FieldErrors,
  type Form,
  type FormOptions,
  type FormProblem,
  formProblem,
  type SummaryItem,
  summaryItems,
  validate,
} from "./forms";
