export * from "./admin";
export * from "./auth";
export * from "./concerns";
export * from "./feedback";
export * from "./jobs";
export * from "./meetings";
export * from "./qa";
export * from "./tips";
