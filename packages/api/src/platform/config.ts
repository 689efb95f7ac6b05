import { z } from "zod";

const postgresUrl = z
  .string()
  .url("must be a URL such as postgres://user@host:5432/db")
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgres:// or postgresql://");

const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: postgresUrl.optional(),
  HEARD_DATA_DIR: z.string().min(1).default("./data"),
  /** The address people use to reach Heard; https here turns on Secure cookies. */
  PUBLIC_URL: z.string().url("must be a URL such as https://heard.example.gov.uk").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** SMTP server for safeguarding alerts, e.g. smtp://user:pass@mail.example:587. */
  SMTP_URL: z.string().url("must be a URL such as smtp://mail.example:587").optional(),
  MAIL_FROM: z.string().min(3).default("Heard <heard@localhost>"),
  /** Multiplies every rate limit: for load tests and test suites, which send far more than people do. */
  HEARD_RATE_LIMIT_FACTOR: z.coerce.number().min(1, "must be a number of at least 1").max(1_000_000).default(1),
  /** How many proxies in front of Heard add X-Forwarded-For; 0 trusts none and reads the socket's address. */
  HEARD_TRUSTED_PROXIES: z.coerce.number().int("must be a whole number").min(0).max(10).default(0),
  /** Seed the demo organisation into an empty database (never in production). */
  HEARD_DEMO_SEED: z.enum(["true", "false"]).optional(),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  publicUrl: string;
  secureCookies: boolean;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  smtpUrl: string | null;
  mailFrom: string;
  seedDemo: boolean;
  rateLimits: { factor: number };
  trustedProxies: number;
};

export class ConfigError extends Error {}

/** Parses the environment once; a bad value throws one line naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    throw new ConfigError(`${name}: ${issue?.message ?? "invalid"}`);
  }
  const v = result.data;
  const publicUrl = v.PUBLIC_URL ?? `http://localhost:${v.PORT}`;
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    database: v.DATABASE_URL ? { kind: "postgres", url: v.DATABASE_URL } : { kind: "pglite", dataDir: v.HEARD_DATA_DIR },
    publicUrl,
    secureCookies: publicUrl.startsWith("https:"),
    logLevel: v.LOG_LEVEL,
    smtpUrl: v.SMTP_URL ?? null,
    mailFrom: v.MAIL_FROM,
    seedDemo: v.NODE_ENV !== "production" && v.HEARD_DEMO_SEED !== "false",
    rateLimits: { factor: v.HEARD_RATE_LIMIT_FACTOR },
    trustedProxies: v.HEARD_TRUSTED_PROXIES,
  };
}
