/**
 * `npm run heard -- <command>`: what an operator does on the server itself, with the same
 * configuration (environment variables) as the server.
 *
 *   admin create --email <address> [--name <name>] [--force]
 *       Creates an administrator and prints a one-time link to set the password (valid for a
 *       day). For a new installation, where nobody can sign in yet. Refused when an active
 *       administrator exists, unless --force (then the account with that email becomes an
 *       administrator and gets a new link). Audited.
 */
import { parseArgs } from "node:util";
import { ConfigError, createAdministrator, firstAdminLinkHours, parseConfig } from "@heard/api";
import { AppError } from "@heard/domain";
import pino from "pino";
import { openDatabase } from "./database";
import { serverPaths } from "./paths";

const usage = `usage: npm run heard -- admin create --email <address> [--name <name>] [--force]`;

function stop(message: string, code = 2): never {
  process.stderr.write(`heard: ${message}\n`);
  process.exit(code);
}

async function adminCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, force: { type: "boolean", default: false } },
    strict: true,
  });
  const email = values.email?.trim() ?? "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) stop(`--email must be an email address\n${usage}`);
  let config: ReturnType<typeof parseConfig>;
  try {
    // Never the demo: an operator's command on a real database.
    config = { ...parseConfig(process.env), seedDemo: false };
  } catch (error) {
    if (error instanceof ConfigError) stop(`configuration error: ${error.message}`, 1);
    throw error;
  }
  const logger = pino({ level: "warn" }, pino.destination(2));
  const { handle } = await openDatabase(config, serverPaths(process.env).migrationsFolder, logger);
  try {
    const created = await createAdministrator(
      { db: handle.db, config, logger, now: () => new Date() },
      { email, displayName: values.name, force: values.force },
    );
    process.stdout.write(
      [
        `Administrator ${created.email} is ready.`,
        `Open this link within ${firstAdminLinkHours} hours to set the password (it works once):`,
        `  ${created.link}`,
        "",
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof AppError && error.key === "conflict") stop("an administrator exists already: sign in as them, or add --force");
    if (error instanceof AppError && error.key === "emailTaken")
      stop(`${email} already has an account: add --force to make it an administrator`);
    throw error;
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [area, command, ...rest] = argv;
  if (area === "admin" && command === "create") return adminCreate(rest);
  stop(usage);
}

await main(process.argv.slice(2)).catch((error: unknown) =>
  stop(error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : String(error), 1),
);
