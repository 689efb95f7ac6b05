import { anyStaffRole, familyAccountIssuers, type StaffRole } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";

/**
 * Every page of the staff app, in menu order. Roles mirror the access the API declares
 * for the procedures the page calls (`staffProcedure([...])` in packages/api), so the menu
 * only offers what the person may use and the route refuses everyone else.
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
  roles: readonly StaffRole[];
  /** Where the link appears: the main menu, the admin part of it, or next to the person's name. */
  group: "main" | "admin" | "account";
}

/** meetings.list / get: each within their own scope (see visibleMeetings in the API). */
const meetingViewers = ["worker", "manager", "qa", "participation"] as const satisfies readonly StaffRole[];
/** meetings.create / colleagues / close. */
const meetingRecorders = ["worker", "manager"] as const satisfies readonly StaffRole[];
/** concerns.*: QA and participation for the whole organisation, managers for their teams. */
const concernHandlers = ["qa", "participation", "manager"] as const satisfies readonly StaffRole[];
/** qa.results: workers (their own meetings), managers (their teams), QA and participation (everyone). */
const resultReaders = ["worker", "manager", "qa", "participation"] as const satisfies readonly StaffRole[];
/** tips.versions / get (tips.current is public); editing (saveDraft / publish) is participation only. */
const tipReaders = ["participation", "qa", "admin"] as const satisfies readonly StaffRole[];

export const staffPages = [
  {
    id: "home",
    path: "/",
    labelKey: "common:nav.home",
    descriptionKey: "common:dashboard.intro",
    roles: anyStaffRole,
    group: "main",
  },
  {
    id: "meetings",
    path: "/meetings",
    labelKey: "meetings:nav.title",
    descriptionKey: "meetings:nav.description",
    // meetings.list / get (each sees the meetings in their own scope)
    roles: meetingViewers,
    group: "main",
  },
  {
    id: "concerns",
    path: "/concerns",
    labelKey: "concerns:nav.title",
    descriptionKey: "concerns:nav.description",
    // concerns.list / get / acknowledge / addNote / resolve
    roles: concernHandlers,
    group: "main",
  },
  {
    id: "results",
    path: "/results",
    labelKey: "results:nav.title",
    descriptionKey: "results:nav.description",
    // qa.results (each in their own scope); qa.freeText for qa and participation, qa.exportCsv for qa
    roles: resultReaders,
    group: "main",
  },
  {
    id: "tips",
    path: "/tips",
    labelKey: "tips:nav.title",
    descriptionKey: "tips:nav.description",
    // tips.current / versions / get
    roles: tipReaders,
    group: "main",
  },
  {
    id: "families",
    path: "/families",
    labelKey: "common:nav.families",
    descriptionKey: "common:dashboard.families",
    // admin.families.list / create / issueCode
    roles: familyAccountIssuers,
    group: "main",
  },
  {
    id: "adminTeams",
    path: "/admin/teams",
    labelKey: "admin:nav.teams",
    descriptionKey: "admin:nav.teamsDescription",
    // admin.teams.create / rename
    roles: ["admin"],
    group: "admin",
  },
  {
    id: "adminStaff",
    path: "/admin/staff",
    labelKey: "admin:nav.staff",
    descriptionKey: "admin:nav.staffDescription",
    // admin.staff.*
    roles: ["admin"],
    group: "admin",
  },
  {
    id: "adminOrganisation",
    path: "/admin/organisation",
    labelKey: "admin:nav.settings",
    descriptionKey: "admin:nav.settingsDescription",
    // admin.organisation.get / update
    roles: ["admin"],
    group: "admin",
  },
  {
    id: "adminAudit",
    path: "/admin/audit",
    labelKey: "admin:nav.audit",
    descriptionKey: "admin:nav.auditDescription",
    // admin.audit.list
    roles: ["admin"],
    group: "admin",
  },
  {
    id: "account",
    path: "/account",
    labelKey: "common:nav.account",
    descriptionKey: "common:dashboard.account",
    // auth.changePassword (any signed-in person)
    roles: anyStaffRole,
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
  roles: readonly StaffRole[];
}

/** Pages below the menu's pages. The same rule: roles mirror the procedures the page calls. */
export const staffSubPages = [
  {
    id: "meetingRecord",
    path: "/meetings/new",
    // meetings.create / colleagues, admin.teams.list
    roles: meetingRecorders,
  },
  {
    id: "meeting",
    path: "/meetings/:id",
    // meetings.get (close: the recorder or a manager of the team)
    roles: meetingViewers,
  },
  {
    id: "meetingPrint",
    path: "/meetings/:id/print",
    // meetings.get, admin.organisation.public
    roles: meetingViewers,
  },
  {
    id: "concern",
    path: "/concerns/:id",
    // concerns.get / acknowledge / addNote / resolve
    roles: concernHandlers,
  },
  {
    id: "tipsEdit",
    path: "/tips/edit",
    // tips.saveDraft / publish
    roles: ["participation"],
  },
  {
    id: "tipVersion",
    path: "/tips/versions/:id",
    // tips.get
    roles: tipReaders,
  },
] as const satisfies readonly StaffSubPage[];

export type StaffSubPageId = (typeof staffSubPages)[number]["id"];

export function mayUse(page: Pick<StaffPage, "roles">, role: StaffRole | undefined | null): boolean {
  return role != null && page.roles.includes(role);
}

/** The pages a role may use, optionally only one group, in menu order. */
export function pagesFor(role: StaffRole | undefined | null, group?: StaffPage["group"]): StaffPage[] {
  return staffPages.filter((page) => mayUse(page, role) && (group === undefined || page.group === group));
}
