export { type AppOptions, createApp } from "./app";
export { type Config, ConfigError, parseConfig } from "./config";
export type { Context, Services, SessionUser } from "./context";
export { type BackgroundJobOptions, type BackgroundJobs, deliverDueMail, startBackgroundJobs } from "./jobs";
export { createMailTransport, type MailTransport } from "./mail";
export type { AppRouter, RouterInputs, RouterOutputs } from "./router";
export { appRouter } from "./router";
export { demoSignIns, seedDemo } from "./seed/demo";
export type { Access } from "./trpc";
