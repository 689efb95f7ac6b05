export { createApp, type AppOptions } from "./app";
export { parseConfig, ConfigError, type Config } from "./config";
export type { AppRouter } from "./router";
export { appRouter } from "./router";
export type { Context, Services, SessionUser } from "./context";
export type { Access } from "./trpc";
export { seedDemo, demoSignIns } from "./seed/demo";
