export * from "./shared/language";
export * from "./shared/errors";
export * from "./auth/roles";
export * from "./auth/activation-code";
export * from "./auth/sessions";
export * as authSchemas from "./auth/schemas";
export { passwordRules } from "./auth/schemas";
export * as adminSchemas from "./admin/schemas";
export * from "./tips/default-tips";
