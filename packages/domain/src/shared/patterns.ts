/** UK-style phone numbers as people write them: digits, spaces, +, brackets, dashes. */
export const phonePattern = /^\+?[0-9][0-9 ()-]*[0-9]$/;

/** A plain-text check for the screens; the server's zod email check is the authority. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
