import type { StaffRole } from "@heard/domain";
import type { SessionUser } from "../../context";

/** Roles that work across the whole organisation rather than within their own teams. */
const organisationWide: readonly StaffRole[] = ["participation", "qa", "admin"];

export function seesAllTeams(user: SessionUser): boolean {
  return organisationWide.includes(user.role as StaffRole);
}

/** Whether a staff member may act for the given team (workers and managers: only their own). */
export function actsForTeam(user: SessionUser, teamId: string): boolean {
  return seesAllTeams(user) || user.teamIds.includes(teamId);
}
