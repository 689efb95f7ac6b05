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

/**
 * The two apps, each with a session cookie of its own: a member of staff and a family member
 * can be signed in side by side in one browser (a worker showing a child the family app).
 */
export const audiences = ["staff", "family"] as const;
export type Audience = (typeof audiences)[number];

export function audienceOf(role: Role): Audience {
  return role === "family" ? "family" : "staff";
}
