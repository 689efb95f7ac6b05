/** How many tries a window allows. */
export type LimitRule = { readonly limit: number; readonly windowMs: number };

const minutes = 60_000;

/**
 * Limits on what anyone can try without being signed in, and on guessing a password. Counted
 * in the database (so they hold across server processes) in fixed windows: a window's tries
 * are counted up in one statement, so parallel or batched requests cannot slip past the limit.
 * Feedback limits are generous: a whole meeting room may share one address, and a refused
 * submission is kept on the phone and sent again later, never lost.
 */
export const rateLimitRules = {
  /** Sign-in tries for one account; a success starts the count again. */
  signInPerAccount: { limit: 10, windowMs: 15 * minutes },
  /** Sign-in tries from one address, over every account. */
  signInPerAddress: { limit: 50, windowMs: 15 * minutes },
  /** Activation tries from one address (each real code costs a passphrase hash). */
  activationPerAddress: { limit: 20, windowMs: 15 * minutes },
  /** Tries of the current password when changing it. */
  passwordChangePerAccount: { limit: 10, windowMs: 15 * minutes },
  /** Opening and sending feedback from one address. */
  feedbackPerAddress: { limit: 300, windowMs: 10 * minutes },
  /** Sending feedback for one code. */
  feedbackPerCode: { limit: 120, windowMs: 10 * minutes },
} as const satisfies Record<string, LimitRule>;
export type RateLimitName = keyof typeof rateLimitRules;

/** The start of the window a moment falls in. */
export function limitWindowStart(rule: LimitRule, now: Date): Date {
  return new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
}

/** The most calls one batched request may carry (the staff app batches; nothing needs more). */
export const trpcMaxBatchSize = 10;
