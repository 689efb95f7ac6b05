export { type AppOptions, createApp } from "./app";
export { type BackgroundJobOptions, type BackgroundJobs, deliverDueMail, startBackgroundJobs } from "./jobs";
export { createMailTransport, type MailTransport } from "./mail";
export { type Config, ConfigError, parseConfig } from "./platform/config";
export type { Context, Services, SessionUser } from "./platform/context";
export type { Access } from "./platform/trpc";
export type { AppRouter, RouterInputs, RouterOutputs } from "./router";
export { appRouter } from "./router";
export { demoSignIns, seedDemo } from "./seed/demo";
