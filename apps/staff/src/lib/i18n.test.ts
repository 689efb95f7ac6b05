import type { StaffRole } from "@heard/domain";
import { describe, expect, it } from "vitest";
import type { Localisation } from "./i18n";

describe("the app's t()", () => {
  it("takes only keys the locale files have (checked by the type checker)", () => {
    const keysOf = (t: Localisation["t"], role: StaffRole) => [
      t("common:nav.home"),
      t(`admin:roles.${role}`),
      // @ts-expect-error: a typing mistake in a key
      t("admin:nav.titel"),
      // @ts-expect-error: a key with no namespace that is not in `common`
      t("nav.title"),
    ];
    expect(keysOf((key) => key, "admin")).toEqual(["common:nav.home", "admin:roles.admin", "admin:nav.titel", "nav.title"]);
  });
});
