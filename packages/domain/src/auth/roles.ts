export const staffRoles = ["worker", "manager", "participation", "qa", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];
export const roles = ["family", ...staffRoles] as const;
export type Role = (typeof roles)[number];

/** A family member is either the child or young person, or a parent or carer. */
export const memberKinds = ["child", "parent"] as const;
export type MemberKind = (typeof memberKinds)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return role !== "family";
}
