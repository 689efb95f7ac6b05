import { staffRoles } from "@heard/domain";
import { describe, expect, it } from "vitest";
import { mayUse, pagesFor, staffPages } from "./nav";

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
			expect(pagesFor(role).map((page) => page.id), role).toEqual(
				expect.arrayContaining(["home", "families", "account"]),
			);
		}
	});

	it("offer nothing to someone without a staff role", () => {
		expect(pagesFor(null)).toEqual([]);
		expect(mayUse({ roles: ["admin"] }, undefined)).toBe(false);
	});
});
