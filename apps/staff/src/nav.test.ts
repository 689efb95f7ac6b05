import { staffRoles } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { mayUse, pagesFor, staffPages, staffSubPages } from "./nav";

describe("staff pages", () => {
  it("have unique ids and paths", () => {
    expect(new Set(staffPages.map((page) => page.id)).size).toBe(staffPages.length);
    expect(new Set(staffPages.map((page) => page.path)).size).toBe(staffPages.length);
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
    expect(mayUse({ roles: ["admin"] }, undefined)).toBe(false);
  });
});

describe("meetings and concerns", () => {
  it("offer meetings to those who record or read them, and concerns to those who deal with them", () => {
    const withPage = (id: string) => staffRoles.filter((role) => pagesFor(role, "main").some((page) => page.id === id));
    expect(withPage("meetings")).toEqual(["worker", "manager", "participation", "qa"]);
    expect(withPage("concerns")).toEqual(["manager", "participation", "qa"]);
  });

  it("let only workers and managers record a meeting", () => {
    const record = staffSubPages.find((page) => page.id === "meetingRecord");
    expect(record && staffRoles.filter((role) => mayUse(record, role))).toEqual(["worker", "manager"]);
  });

  it("never open a page below a menu page to anyone the menu page refuses", () => {
    const paths = [...staffPages, ...staffSubPages].map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const sub of staffSubPages) {
      const parent = staffPages.find((page) => page.path !== "/" && sub.path.startsWith(`${page.path}/`));
      expect(parent, sub.id).toBeDefined();
      for (const role of sub.roles) expect(mayUse(parent ?? { roles: [] }, role), `${sub.id} ${role}`).toBe(true);
    }
  });
});
