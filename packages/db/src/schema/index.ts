export * from "./admin";
export * from "./auth";
export * from "./concerns";
export * from "./feedback";
export * from "./meetings";
export * from "./tips";
export * from "./qa";
