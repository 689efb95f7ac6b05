export * from "./client";
export * from "./errors";
export * from "./locks";
export * from "./migrate";
export * as schema from "./schema";
export * from "./schema";
export * from "./sql";
