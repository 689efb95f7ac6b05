/**
 * A server process's job worker for the two-process test, run with tsx:
 * `worker-process.ts <database url> <worker name>`. It says `ready` on stdout once it is
 * polling, and stops its worker (letting the job in progress finish) when it reads `stop`.
 */
import { createInterface } from "node:readline";
import { createDb } from "@heard/db";
import pino from "pino";
import { parseConfig } from "../../platform/config";
import { startBackgroundJobs } from "../index";
import { recordingKinds } from "./recorded-runs";

const [url, worker] = process.argv.slice(2);
if (!url || !worker) throw new Error("usage: worker-process.ts <database url> <worker name>");

const handle = await createDb({ kind: "postgres", url, maxConnections: 2 });
const services = {
  db: handle.db,
  config: parseConfig({ NODE_ENV: "test" }),
  logger: pino({ level: "warn" }, process.stderr),
  now: () => new Date(),
};
const jobs = startBackgroundJobs(services, { pollMs: 10, transport: null, registry: recordingKinds(worker) });
process.stdout.write("ready\n");

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === "stop") break;
}
await jobs.stop();
await handle.close();
process.stdout.write("stopped\n");
