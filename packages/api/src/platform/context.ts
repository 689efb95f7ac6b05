import type { Database } from "@heard/db";
import type { Audience, Language, MemberKind, Role } from "@heard/domain";
import type { Logger } from "pino";
import type { Config } from "./config";

/** Long-lived things a request may use. Built once at start. */
export type Services = {
  db: Database;
  config: Config;
  logger: Logger;
  /** The clock; tests move it. */
  now: () => Date;
};

export type SessionUser = {
  id: string;
  role: Role;
  displayName: string;
  email: string | null;
  username: string | null;
  memberKind: MemberKind | null;
  preferredLanguage: Language;
  teamIds: string[];
};

export type RequestMeta = {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
};

/** What a service function is given for one request: the services and who is asking from where. */
export type RequestContext = Services & { meta: RequestMeta };

/** A request from a signed-in person (staff or family). */
export type SignedInContext = RequestContext & { user: SessionUser };

export type Session = { id: string; user: SessionUser };

/** What every tRPC procedure and plain route starts from. */
export type Context = RequestContext & {
  /** The app the request says it comes from (the `X-Heard-App` header both apps send), if any. */
  app: Audience | null;
  /**
   * The session in one app's cookie, checked on first use (no cookie: no query). Without an
   * audience: the app's own; when the request does not say, staff's, else family's.
   */
  session(audience?: Audience): Promise<Session | null>;
  /** Response headers: procedures add Set-Cookie here. */
  resHeaders: Headers;
};
