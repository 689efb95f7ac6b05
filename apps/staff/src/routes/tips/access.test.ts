import { staffRoles } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { mayUse, pagesFor, staffSubPages } from "../../nav";

const withPage = (id: string) => staffRoles.filter((role) => pagesFor(role, "main").some((page) => page.id === id));
const withSubPage = (id: string) => {
  const page = staffSubPages.find((candidate) => candidate.id === id);
  return page ? staffRoles.filter((role) => mayUse(page, role)) : [];
};

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
