export { createApp, type AppOptions } from "./app";
export { parseConfig, ConfigError, type Config } from "./config";
export type { AppRouter, RouterInputs, RouterOutputs } from "./router";
export { appRouter } from "./router";
export type { Context, Services, SessionUser } from "./context";
export type { Access } from "./trpc";
export { seedDemo, demoSignIns } from "./seed/demo";
export { startBackgroundJobs, deliverDueMail, type BackgroundJobs, type BackgroundJobOptions } from "./jobs";
export { createMailTransport, type MailTransport } from "./mail";
