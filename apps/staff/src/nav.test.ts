import { hasPermission, permissionNames, rolesWith, staffRoles } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { mayUse, pagesFor, rolesFor, staffPages, staffSubPages } from "./nav";

const allPages = [...staffPages, ...staffSubPages];
const withPage = (id: string) => staffRoles.filter((role) => pagesFor(role, "main").some((page) => page.id === id));
const withSubPage = (id: string) => {
  const page = staffSubPages.find((candidate) => candidate.id === id);
  return page ? staffRoles.filter((role) => mayUse(page, role)) : [];
};

describe("staff pages", () => {
  it("have unique ids and paths", () => {
    expect(new Set(staffPages.map((page) => page.id)).size).toBe(staffPages.length);
    expect(new Set(allPages.map((page) => page.path)).size).toBe(allPages.length);
  });

  it("each need a permission of the table, and list the procedures they call once", () => {
    for (const page of allPages) {
      expect(permissionNames, page.id).toContain(page.permission);
      expect(new Set(page.calls).size, page.id).toBe(page.calls.length);
    }
  });

  it("are offered to exactly the roles their permission names", () => {
    for (const page of allPages) {
      expect([...rolesFor(page)].sort(), page.id).toEqual([...rolesWith(page.permission)].sort());
      for (const role of staffRoles) expect(mayUse(page, role), `${page.id} ${role}`).toBe(hasPermission(role, page.permission));
    }
  });

  it("offer the admin pages to administrators only", () => {
    for (const role of staffRoles) {
      const ids = pagesFor(role, "admin").map((page) => page.id);
      expect(ids.length > 0, role).toBe(role === "admin");
    }
    expect(pagesFor("admin", "admin").map((page) => page.path)).toEqual([
      "/admin/teams",
      "/admin/staff",
      "/admin/organisation",
      "/admin/audit",
    ]);
  });

  it("offer family accounts, home and the account page to every staff role", () => {
    for (const role of staffRoles) {
      expect(
        pagesFor(role).map((page) => page.id),
        role,
      ).toEqual(expect.arrayContaining(["home", "families", "account"]));
    }
  });

  it("offer nothing to someone without a staff role", () => {
    expect(pagesFor(null)).toEqual([]);
    expect(mayUse({ permission: "admin.manage" }, undefined)).toBe(false);
  });
});

describe("meetings and concerns", () => {
  it("offer meetings to those who record or read them, and concerns to those who deal with them", () => {
    expect(withPage("meetings")).toEqual(["worker", "manager", "participation", "qa"]);
    expect(withPage("concerns")).toEqual(["manager", "participation", "qa"]);
    // The review list goes with the concerns: the same people decide about words worth a look.
    expect(withPage("reviews")).toEqual(withPage("concerns"));
    expect(withSubPage("review")).toEqual(withPage("concerns"));
  });

  it("let only workers and managers record a meeting", () => {
    expect(withSubPage("meetingRecord")).toEqual(["worker", "manager"]);
  });

  it("never open a page below a menu page to anyone the menu page refuses", () => {
    for (const sub of staffSubPages) {
      const parent = staffPages.find((page) => page.path !== "/" && sub.path.startsWith(`${page.path}/`));
      expect(parent, sub.id).toBeDefined();
      for (const role of rolesFor(sub)) expect(parent && mayUse(parent, role), `${sub.id} ${role}`).toBe(true);
    }
  });
});

describe("tips and results pages", () => {
  it("offer the tips to those who may read every version, and editing to participation only", () => {
    expect(withPage("tips")).toEqual(["participation", "qa", "admin"]);
    expect(withSubPage("tipVersion")).toEqual(["participation", "qa", "admin"]);
    expect(withSubPage("tipsEdit")).toEqual(["participation"]);
  });

  it("offer results to workers, managers, QA and participation, not administrators", () => {
    expect(withPage("results")).toEqual(["worker", "manager", "participation", "qa"]);
  });
});
