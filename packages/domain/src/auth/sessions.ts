import type { Role } from "./roles";

/** How long a session lives: idle timeout and absolute lifetime, by kind of user. */
export const sessionPolicy = {
  staff: { idleMs: 30 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 },
  family: { idleMs: 30 * 24 * 60 * 60 * 1000, absoluteMs: 180 * 24 * 60 * 60 * 1000 },
} as const;

export function sessionPolicyFor(role: Role) {
  return role === "family" ? sessionPolicy.family : sessionPolicy.staff;
}

export type SessionState = "active" | "idle" | "expired";

export function sessionState(session: { createdAt: Date; lastSeenAt: Date }, role: Role, now: Date): SessionState {
  const policy = sessionPolicyFor(role);
  if (now.getTime() - session.createdAt.getTime() >= policy.absoluteMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs) return "idle";
  return "active";
}

/** Sign-in throttling: at most this many failures per account in the window. */
export const signInThrottle = { maxFailures: 10, windowMs: 15 * 60 * 1000 } as const;

/**
 * When the account may try again, given the times of recent failures (any order),
 * or null when it is not locked.
 */
export function lockedUntil(failures: readonly Date[], now: Date): Date | null {
  const windowStart = now.getTime() - signInThrottle.windowMs;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart)
    .sort((a, b) => b - a);
  if (recent.length < signInThrottle.maxFailures) return null;
  // Locked until the oldest of the last N failures leaves the window.
  const oldestCounted = recent[signInThrottle.maxFailures - 1] as number;
  return new Date(oldestCounted + signInThrottle.windowMs);
}
