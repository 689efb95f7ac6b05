import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layout rules of packages/api/src (see the README): each area holds its services and its
 * router; an area uses another only through that area's `service` module, never its router or
 * its other files; the machinery every area shares (platform, jobs, mail) uses no area.
 */
const src = path.dirname(new URL(import.meta.url).pathname);
const shared = new Set(["platform", "jobs", "mail"]);
const areas = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !shared.has(entry.name) && entry.name !== "testing")
  .map((entry) => entry.name);

/** Every production .ts file below a folder, as [folder-relative path, text]. */
function sources(folder: string): [string, string][] {
  return readdirSync(path.join(src, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [path.join(folder, file), readFileSync(path.join(src, folder, file), "utf8")]);
}

const importsOf = (text: string) => [...text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)].map((match) => match[1] as string);

describe("packages/api layout", () => {
  it("has the areas DESIGN.md names", () => {
    expect(areas).toEqual(expect.arrayContaining(["admin", "auth", "concerns", "feedback", "meetings", "qa", "tips"]));
  });

  it("areas use each other only through their service modules", () => {
    const wrong: string[] = [];
    for (const area of areas) {
      for (const [file, text] of sources(area)) {
        for (const specifier of importsOf(text)) {
          const target = path.relative(src, path.join(src, path.dirname(file), specifier)).split(path.sep);
          const [folder, ...rest] = target;
          if (!folder || folder === area || shared.has(folder)) continue;
          if (rest.join("/") !== "service") wrong.push(`${file} imports ${specifier}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("routers call their own area's services and nothing of another area", () => {
    const wrong: string[] = [];
    for (const area of areas) {
      for (const [file, text] of sources(area).filter(([name]) => name.endsWith("router.ts"))) {
        for (const specifier of importsOf(text)) {
          if (specifier !== "./service" && !specifier.startsWith("../platform/")) wrong.push(`${file} imports ${specifier}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the shared machinery uses no area", () => {
    const wrong: string[] = [];
    for (const folder of shared) {
      for (const [file, text] of sources(folder)) {
        for (const specifier of importsOf(text)) {
          const [target] = path.relative(src, path.join(src, path.dirname(file), specifier)).split(path.sep);
          if (target && areas.includes(target)) wrong.push(`${file} imports ${specifier}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
