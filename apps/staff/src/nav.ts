import { hasPermission, type Permission, rolesWith, type StaffRole } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import type { ProcedurePath } from "./lib/trpc";

/**
 * Every page of the staff app, in menu order. Each names the permission it needs, from the one
 * table in @heard/domain (`permissions`) that the API's services decide by, and the procedures
 * it calls: the menu offers a page to exactly the roles that permission names, and the route
 * refuses everyone else. The procedures a page calls need that permission (or less) at the API.
 *
 * To add an area (meetings, concerns, tips, results…): add an entry here, a page in
 * `src/routes/<area>/`, and its component in `pages` in `src/App.tsx` (the type checker
 * asks for it).
 */
export interface StaffPage {
  /** Stable id; also the key of the page component in App.tsx. */
  id: string;
  /** Path below the router base "/staff" ("/admin/teams" is /staff/admin/teams). */
  path: string;
  /** Translation key of the menu label, with its namespace. */
  labelKey: TranslationKey;
  /** Translation key of the one-line description on the home page, with its namespace. */
  descriptionKey: TranslationKey;
  /** What a person needs to open the page. */
  permission: Permission;
  /** The tRPC procedures the page calls. */
  calls: readonly ProcedurePath[];
  /** Where the link appears: the main menu, the admin part of it, or next to the person's name. */
  group: "main" | "admin" | "account";
}

export const staffPages = [
  {
    id: "home",
    path: "/",
    labelKey: "common:nav.home",
    descriptionKey: "common:dashboard.intro",
    permission: "staff.signedIn",
    // Who is signed in for everyone; the letters parts for those who write them.
    calls: ["auth.me", "letters.list", "letters.tasks", "letters.completeTask"],
    group: "main",
  },
  {
    id: "meetings",
    path: "/meetings",
    labelKey: "meetings:nav.title",
    descriptionKey: "meetings:nav.description",
    permission: "meetings.view",
    calls: ["meetings.list"],
    group: "main",
  },
  {
    id: "letters",
    path: "/letters",
    labelKey: "letters:nav.title",
    descriptionKey: "letters:nav.description",
    permission: "letters.write",
    calls: ["letters.list"],
    group: "main",
  },
  {
    id: "letterApprovals",
    path: "/letters/to-approve",
    labelKey: "letters:approvalsNav.title",
    descriptionKey: "letters:approvalsNav.description",
    permission: "letters.approve",
    calls: ["letters.list"],
    group: "main",
  },
  {
    id: "concerns",
    path: "/concerns",
    labelKey: "concerns:nav.title",
    descriptionKey: "concerns:nav.description",
    permission: "concerns.handle",
    calls: ["concerns.list"],
    group: "main",
  },
  {
    id: "reviews",
    path: "/reviews",
    labelKey: "concerns:reviews.nav.title",
    descriptionKey: "concerns:reviews.nav.description",
    // Who deals with concerns decides what words worth a look come to.
    permission: "concerns.handle",
    calls: ["concerns.reviews.list"],
    group: "main",
  },
  {
    id: "results",
    path: "/results",
    labelKey: "results:nav.title",
    descriptionKey: "results:nav.description",
    permission: "results.view",
    // qa.freeText with results.freeText, tips.versions with tips.view, admin.teams.list for a team filter;
    // the CSV (results.export) is a plain download, GET /api/exports/results.csv.
    calls: ["qa.results", "qa.freeText", "tips.versions", "admin.teams.list"],
    group: "main",
  },
  {
    id: "tips",
    path: "/tips",
    labelKey: "tips:nav.title",
    descriptionKey: "tips:nav.description",
    permission: "tips.view",
    calls: ["tips.current", "tips.versions"],
    group: "main",
  },
  {
    id: "families",
    path: "/families",
    labelKey: "common:nav.families",
    descriptionKey: "common:dashboard.families",
    permission: "families.manage",
    calls: ["admin.families.list", "admin.families.create", "admin.families.issueCode", "admin.teams.list"],
    group: "main",
  },
  {
    id: "adminTeams",
    path: "/admin/teams",
    labelKey: "admin:nav.teams",
    descriptionKey: "admin:nav.teamsDescription",
    permission: "admin.manage",
    calls: ["admin.teams.list", "admin.teams.create", "admin.teams.rename"],
    group: "admin",
  },
  {
    id: "adminStaff",
    path: "/admin/staff",
    labelKey: "admin:nav.staff",
    descriptionKey: "admin:nav.staffDescription",
    permission: "admin.manage",
    calls: ["admin.staff.list", "admin.staff.create", "admin.staff.update", "admin.staff.setDisabled", "admin.teams.list"],
    group: "admin",
  },
  {
    id: "adminOrganisation",
    path: "/admin/organisation",
    labelKey: "admin:nav.settings",
    descriptionKey: "admin:nav.settingsDescription",
    permission: "admin.manage",
    calls: ["admin.organisation.get", "admin.organisation.update"],
    group: "admin",
  },
  {
    id: "adminAudit",
    path: "/admin/audit",
    labelKey: "admin:nav.audit",
    descriptionKey: "admin:nav.auditDescription",
    permission: "admin.audit",
    calls: ["admin.audit.list"],
    group: "admin",
  },
  {
    id: "account",
    path: "/account",
    labelKey: "common:nav.account",
    descriptionKey: "common:dashboard.account",
    permission: "staff.signedIn",
    calls: ["auth.changePassword", "admin.teams.list"],
    group: "account",
  },
] as const satisfies readonly StaffPage[];

export type StaffPageId = (typeof staffPages)[number]["id"];

/** A page reached from another page (a meeting, its print view), never from the menu. */
export interface StaffSubPage {
  /** Stable id; also the key of the page component in App.tsx. */
  id: string;
  /** Path below the router base, with parameters (":id"). */
  path: string;
  permission: Permission;
  calls: readonly ProcedurePath[];
}

/** Pages below the menu's pages, on the same rule. */
export const staffSubPages = [
  {
    id: "meetingRecord",
    path: "/meetings/new",
    permission: "meetings.record",
    calls: ["meetings.create", "meetings.colleagues", "admin.teams.list"],
  },
  // meetings.close for the recorder, or for a manager of the meeting's team (meetings.close at team scope)
  { id: "meeting", path: "/meetings/:id", permission: "meetings.view", calls: ["meetings.get", "meetings.close"] },
  { id: "meetingPrint", path: "/meetings/:id/print", permission: "meetings.view", calls: ["meetings.get", "admin.organisation.public"] },
  {
    id: "concern",
    path: "/concerns/:id",
    permission: "concerns.handle",
    calls: ["concerns.get", "concerns.acknowledge", "concerns.addNote", "concerns.resolve"],
  },
  {
    id: "review",
    path: "/reviews/:id",
    permission: "concerns.handle",
    calls: ["concerns.get", "concerns.reviews.clear", "concerns.reviews.escalate"],
  },
  {
    id: "tipsEdit",
    path: "/tips/edit",
    permission: "tips.edit",
    calls: ["tips.versions", "tips.current", "tips.get", "tips.saveDraft", "tips.publish"],
  },
  { id: "tipVersion", path: "/tips/versions/:id", permission: "tips.view", calls: ["tips.get"] },
  {
    id: "letterStart",
    path: "/letters/new",
    permission: "letters.write",
    calls: ["letters.create", "meetings.get", "admin.families.list"],
  },
  {
    id: "letter",
    path: "/letters/:id",
    permission: "letters.write",
    calls: [
      "letters.get",
      "letters.templates.list",
      "letters.glossary.list",
      "letters.saveDraft",
      "letters.reviewers",
      "letters.submit",
      "letters.return",
      "letters.approve",
      "letters.send",
      "letters.correct",
    ],
  },
] as const satisfies readonly StaffSubPage[];

export type StaffSubPageId = (typeof staffSubPages)[number]["id"];

/** Whether a role may open a page: its permission names the role. */
export function mayUse(page: Pick<StaffPage, "permission">, role: StaffRole | undefined | null): boolean {
  return hasPermission(role, page.permission);
}

/** The roles that may open a page (as `rolesWith` lists them). */
export function rolesFor(page: Pick<StaffPage, "permission">): StaffRole[] {
  return rolesWith(page.permission);
}

/** The pages a role may use, optionally only one group, in menu order. */
export function pagesFor(role: StaffRole | undefined | null, group?: StaffPage["group"]): StaffPage[] {
  return staffPages.filter((page) => mayUse(page, role) && (group === undefined || page.group === group));
}
