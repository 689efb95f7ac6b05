/** Password lengths, kept apart from the zod schemas so screens can use them without bundling zod. */
export const passwordRules = { staffMin: 10, familyMin: 8, max: 200 } as const;
