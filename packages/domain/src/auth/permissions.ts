import { type Role, type StaffRole, staffRoles } from "./roles";

/**
 * How far a permission reaches for one role:
 * - `own`: records the person is named on (meetings they recorded or are listed on);
 * - `team`: every record of the teams they belong to, and their own;
 * - `organisation`: everyone's.
 */
export const scopeKinds = ["own", "team", "organisation"] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/**
 * What each staff role may do, and over which records. This one table decides: every service
 * asks `scopeFor`, every procedure declares the permission it needs, and the staff app's
 * navigation offers a page to exactly the roles its permission names. A role missing from an
 * entry may not do it at all (deny by default).
 */
export const permissions = {
  /** The staff app's home page, the account page and the list of teams. */
  "staff.signedIn": { worker: "team", manager: "team", participation: "organisation", qa: "organisation", admin: "organisation" },
  /** Record a meeting in a team and issue its feedback code. */
  "meetings.record": { worker: "team", manager: "team" },
  /** See meetings, their codes and response counts. */
  "meetings.view": { worker: "own", manager: "team", qa: "organisation", participation: "organisation" },
  /** Stop a code taking feedback: whoever recorded the meeting, or a manager of its team. */
  "meetings.close": { worker: "own", manager: "team" },
  /** The concerns queue: read the words, acknowledge, note, resolve. */
  "concerns.handle": { manager: "team", qa: "organisation", participation: "organisation" },
  /** Results by tip, team and month. */
  "results.view": { worker: "own", manager: "team", qa: "organisation", participation: "organisation" },
  /** What families wrote, masked: only the organisation-wide quality roles. */
  "results.freeText": { qa: "organisation", participation: "organisation" },
  /** Download results as a spreadsheet. */
  "results.export": { qa: "organisation" },
  /** Every version of the Top 10 Tips with its counts. */
  "tips.view": { participation: "organisation", qa: "organisation", admin: "organisation" },
  /** Edit and publish the Top 10 Tips. */
  "tips.edit": { participation: "organisation" },
  /** Family accounts: create them and issue activation codes. */
  "families.manage": { worker: "team", manager: "team", participation: "organisation", qa: "organisation", admin: "organisation" },
  /** Organisation settings, teams, staff accounts. */
  "admin.manage": { admin: "organisation" },
  /** The audit log. */
  "admin.audit": { admin: "organisation" },
  /**
   * Write child-friendly letters, and read them: a worker the letters they wrote (or review),
   * a manager their teams'. Addressed only to family accounts the writer may see.
   */
  "letters.write": { worker: "own", manager: "team" },
  /**
   * Approve a letter before it is sent, never one's own: a manager the letters of their teams;
   * a worker only a letter naming them as its reviewer, when the organisation allows a named
   * reviewer (`organisation.lettersNamedReviewer`).
   */
  "letters.approve": { manager: "team", worker: "own" },
  /** Read the writing help: the templates and the glossary. */
  "letters.help": { worker: "organisation", manager: "organisation", participation: "organisation", admin: "organisation" },
  /** Edit the letter templates and the glossary. */
  "letters.templates": { participation: "organisation", admin: "organisation" },
  /** A family member reads the letters addressed to their own account, and only those. */
  "letters.receive": { family: "own" },
  /** A family member sends their worker a message, and reads their own messages and the answers. */
  "statements.send": { family: "own" },
  /**
   * Read and answer families' messages: a worker those sent to them (the families allocated to
   * them), a manager every message of their teams (those sent to the managers when nobody is
   * allocated or the worker is away, and the team's unanswered and late ones).
   */
  "statements.answer": { worker: "own", manager: "team" },
  /** Allocate a worker to a family account of one's team. */
  "families.allocate": { worker: "team", manager: "team" },
  /** Say one is away, so families' messages go to the team's managers meanwhile. */
  "statements.away": { worker: "own", manager: "own" },
  /** Messages in the QA picture: how many, kinds, answered on time, worry scale. */
  "statements.figures": { manager: "team", qa: "organisation", participation: "organisation" },
} as const satisfies Record<string, Partial<Record<Role, ScopeKind>>>;

export type Permission = keyof typeof permissions;
export const permissionNames = Object.keys(permissions) as Permission[];

/** The staff roles that have a permission, in the order of `staffRoles` (the staff app's menu and staff procedures use these). */
export function rolesWith(permission: Permission): StaffRole[] {
  return staffRoles.filter((role) => Object.hasOwn(permissions[permission], role));
}

export function hasPermission(role: string | null | undefined, permission: Permission): role is Role {
  return role != null && Object.hasOwn(permissions[permission], role);
}

/** A permission's reach for one person, with what it needs to be applied to records. */
export type Scope =
  | { kind: "organisation" }
  | { kind: "team"; userId: string; teamIds: readonly string[] }
  | { kind: "own"; userId: string };

/** Whose records a person may act on under a permission; null when they may not at all. */
export function scopeFor(user: { id: string; role: string; teamIds: readonly string[] }, permission: Permission): Scope | null {
  if (!hasPermission(user.role, permission)) return null;
  const kind = (permissions[permission] as Partial<Record<Role, ScopeKind>>)[user.role as Role];
  switch (kind) {
    case "organisation":
      return { kind: "organisation" };
    case "team":
      return { kind: "team", userId: user.id, teamIds: user.teamIds };
    case "own":
      return { kind: "own", userId: user.id };
    default:
      return null;
  }
}

/**
 * Whether a record falls within a scope: a record of a team (`teamId`) naming some people
 * (`userIds`: who recorded it, whom it is about).
 */
export function withinScope(scope: Scope | null, record: { teamId: string; userIds: readonly string[] }): boolean {
  if (!scope) return false;
  switch (scope.kind) {
    case "organisation":
      return true;
    case "team":
      return scope.teamIds.includes(record.teamId) || record.userIds.includes(scope.userId);
    case "own":
      return record.userIds.includes(scope.userId);
  }
}

/** Whether a scope lets someone act for a whole team (record a meeting in it, add a family to it). */
export function actsForTeam(scope: Scope | null, teamId: string): boolean {
  if (!scope) return false;
  return scope.kind === "organisation" || (scope.kind === "team" && scope.teamIds.includes(teamId));
}
