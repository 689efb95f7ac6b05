/** The letters area's services: what its router calls and what other areas may use. */
export { completeLetterTask, giveReceipt, myLetters, myLetterTasks, readLetter } from "./family";
export { listGlossary, listTemplates, templateFor, updateTemplate, upsertGlossaryTerm } from "./help";
export { familyLetterPdf, staffLetterPdf } from "./pdf";
export { approveLetter, correctLetter, namedReviewers, returnLetter, saveDraft, sendLetter, submitLetter } from "./review";
export { createLetters, getLetter, listLetters } from "./write";
