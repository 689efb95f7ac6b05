import type { Server } from "node:http";
import { ConfigError, createApp, parseConfig, type Services, startBackgroundJobs } from "@heard/api";
import { createAdaptorServer } from "@hono/node-server";
import pino from "pino";
import { displayBaseUrl, readyBanner } from "./banner";
import { openDatabase } from "./database";
import { listen } from "./listen";
import { findBuiltApps, serverPaths } from "./paths";
import { gracefulServer } from "./shutdown";
import { builtAppRoutes } from "./static";

/** In-flight requests get this long to finish after SIGTERM/SIGINT. */
const shutdownCapMs = 10_000;
/** Then a background job in progress (a mail delivery run) gets this long. */
const jobsStopCapMs = 5_000;

/** An error as one line for the terminal (the full error is in the log): its first line, and its cause's. */
function oneLine(error: unknown): string {
  const first = (value: unknown) => (value instanceof Error ? value.message : String(value)).split("\n")[0]?.trim() ?? "";
  const cause = error instanceof Error && error.cause !== undefined ? first(error.cause) : "";
  return cause ? `${first(error)} (${cause})` : first(error);
}

/** Whether `promise` settled within `ms`. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), late]).finally(() => clearTimeout(timer));
}

function configOrExit() {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`heard: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  // performance.now() counts from the start of this process.
  const loadedMs = Math.round(performance.now());
  process.setSourceMapsEnabled(true);
  const config = configOrExit();
  const logger = pino({ level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: true }));
  const fail = (what: string, error: unknown): never => {
    logger.fatal({ err: error }, what);
    process.stderr.write(`heard: ${what}: ${oneLine(error)}\n`);
    process.exit(1);
  };
  process.on("uncaughtException", (error) => fail("uncaught exception", error));
  process.on("unhandledRejection", (error) => fail("unhandled rejection", error));

  // A signal during start-up is honoured once the database is in a state to close.
  let stopSignal: NodeJS.Signals | null = null;
  const stopWhenStarted = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(1);
    stopSignal = signal;
    logger.info({ signal }, "stopping once start-up is done (signal again to stop at once)");
  };
  process.on("SIGTERM", stopWhenStarted);
  process.on("SIGINT", stopWhenStarted);

  const paths = serverPaths(process.env);
  const apps = findBuiltApps(paths.appDirs);
  if (!apps.family) logger.warn({ dir: paths.appDirs.family }, "family app not built: / answers 503, the API works");
  if (!apps.staff) logger.warn({ dir: paths.appDirs.staff }, "staff app not built: /staff/ answers 503, the API works");

  const databaseStarted = performance.now();
  const { handle, demo } = await openDatabase(config, paths.migrationsFolder, logger).catch((error: unknown) =>
    fail("could not open the database", error),
  );
  const databaseMs = Math.round(performance.now() - databaseStarted);

  let draining = false;
  const services: Services = {
    db: handle.db,
    config,
    logger,
    now: () => new Date(),
  };
  const app = createApp({
    ...services,
    // Not ready while draining, so a load balancer stops sending requests here.
    ping: () => (draining ? Promise.resolve(false) : handle.ping()),
  });
  app.route("/", builtAppRoutes(apps));

  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const graceful = gracefulServer(server);
  await listen(server, config.port, config.host).catch(async (error: unknown) => {
    await handle.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") fail(`port ${config.port} is already in use (set PORT)`, error);
    fail(`could not listen on ${config.host}:${config.port}`, error);
  });

  // Mail outbox delivery and the like; stopped after the last request at shutdown.
  const jobs = startBackgroundJobs(services);

  const readyMs = Math.round(performance.now());
  const cpu = process.cpuUsage();
  // CPU time says what start-up costs when the machine is busy and wall time does not.
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  logger.info(
    {
      readyMs,
      cpuMs,
      loadedMs,
      databaseMs,
      port: config.port,
      host: config.host,
      database: handle.kind,
      demo,
      apps,
    },
    "ready",
  );
  if (!stopSignal)
    process.stdout.write(
      `${readyBanner({
        baseUrl: displayBaseUrl(process.env.PUBLIC_URL, config.host, config.port),
        readyMs,
        database: config.database.kind === "pglite" ? `PGlite in ${config.database.dataDir}` : "PostgreSQL",
        demo,
        apps,
      })}\n`,
    );

  const stop = async (signal: NodeJS.Signals) => {
    if (draining) {
      logger.warn({ signal }, "second signal: cutting open connections");
      server.closeAllConnections();
      return;
    }
    draining = true;
    const started = performance.now();
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const { forced } = await graceful.close(shutdownCapMs);
    const jobsStopped = await settlesWithin(jobs.stop(), jobsStopCapMs).catch((error: unknown) => {
      logger.error({ err: error }, "stopping background jobs failed");
      return true;
    });
    if (!jobsStopped) logger.warn({ capMs: jobsStopCapMs }, "background jobs still running: stopping anyway");
    await handle.close().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
    logger.info({ forced, ms: Math.round(performance.now() - started) }, "stopped");
    process.exit(0);
  };
  process.off("SIGTERM", stopWhenStarted);
  process.off("SIGINT", stopWhenStarted);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (stopSignal) await stop(stopSignal);
}

await main();
