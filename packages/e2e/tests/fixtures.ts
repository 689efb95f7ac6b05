import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { demoSignIns } from "../../api/src/seed/demo";

export { expect };

/** The WCAG levels Heard promises: 2.0, 2.1 and 2.2, A and AA. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Hosts the portal may talk to: itself. No third-party scripts, fonts or trackers. */
const ownHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isOwnOrLocal(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return true; // data:, blob:, about:
  return ownHosts.has(url.hostname);
}

/** A documentation address (RFC 5737) per worker and test. */
export function testAddress(worker: number, n: number): string {
  return `203.0.${113 + (worker % 8)}.${(n % 250) + 1}`;
}

export type AccessibilityOptions = {
  /** CSS selectors to leave out of the check (say why at the call). */
  exclude?: string[];
};

type HeardFixtures = {
  /** Every request the browser context made to another host; the test fails if there is any. */
  offSiteRequests: string[];
  /** Runs axe-core on the page as it is now and fails on any WCAG 2.2 A/AA violation. */
  expectAccessible: (page: Page, options?: AccessibilityOptions) => Promise<void>;
  /** The demo sign-ins the server seeds into its empty database. */
  demo: typeof demoSignIns;
};

let tests = 0;

export const test = base.extend<HeardFixtures>({
  // Every test from an address of its own (the server trusts one proxy's X-Forwarded-For in
  // these runs), so rate limits per address hold for each test as for one phone.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    tests += 1;
    await use({ ...extraHTTPHeaders, "x-forwarded-for": testAddress(testInfo.workerIndex, tests) });
  },

  offSiteRequests: [
    async ({ context }, use) => {
      const offSite: string[] = [];
      context.on("request", (request) => {
        if (!isOwnOrLocal(request.url())) offSite.push(`${request.method()} ${request.url()}`);
      });
      await use(offSite);
      expect(offSite, "requests to a host other than localhost").toEqual([]);
    },
    { auto: true },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures name their dependencies by destructuring.
  expectAccessible: async ({}, use) => {
    await use(async (page, options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(wcagTags);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const results = await builder.analyze();
      const violations = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help} at ${violation.nodes
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
      expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
    });
  },

  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures name their dependencies by destructuring.
  demo: async ({}, use) => {
    await use(demoSignIns);
  },
});
