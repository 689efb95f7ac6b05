import { demoSignIns } from "@heard/api";
import type { DemoState } from "./database";
import type { BuiltApps } from "./static";

export type BannerFacts = {
  /** Where people reach this server, without a trailing slash. */
  baseUrl: string;
  readyMs: number;
  database: string;
  demo: DemoState;
  apps: BuiltApps;
};

/** The human-readable lines printed when the server is ready. */
export function readyBanner(facts: BannerFacts): string {
  const lines = [
    "",
    `Heard is ready (${facts.readyMs} ms, ${facts.database}).`,
    `  Family app: ${facts.baseUrl}/${facts.apps.family ? "" : "   (not built)"}`,
    `  Staff app:  ${facts.baseUrl}/staff/${facts.apps.staff ? "" : "   (not built)"}`,
  ];
  if (facts.demo !== "absent") {
    const width = Math.max(...demoSignIns.staff.map((person) => person.email.length));
    lines.push(
      "",
      facts.demo === "seeded"
        ? "Demo sign-ins (demo data was added because the database was empty):"
        : "Demo sign-ins (demo data is in this database):",
      `  Staff app, password ${demoSignIns.staffPassword}`,
      ...demoSignIns.staff.map(
        (person) =>
          `    ${person.email.padEnd(width)}  ${person.role.padEnd(13)} ${person.displayName}${person.teams.length ? `, ${person.teams.join(", ")}` : ""}`,
      ),
      `  Family app: username ${demoSignIns.family.username}, passphrase ${demoSignIns.family.passphrase} (${demoSignIns.family.displayName})`,
    );
  }
  lines.push("", "Stop with Ctrl+C.", "");
  return lines.join("\n");
}

/** The address to print: PUBLIC_URL when set, otherwise the listening host (localhost for a wildcard). */
export function displayBaseUrl(publicUrlFromEnv: string | undefined, host: string, port: number): string {
  if (publicUrlFromEnv) return publicUrlFromEnv.replace(/\/+$/, "");
  const wildcard = host === "0.0.0.0" || host === "::" || host === "127.0.0.1" || host === "::1" || host === "localhost";
  const shown = wildcard ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
