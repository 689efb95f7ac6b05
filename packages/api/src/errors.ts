import type { ErrorKey } from "@heard/domain";
import { TRPCError } from "@trpc/server";

type Code = ConstructorParameters<typeof TRPCError>[0]["code"];

/** An expected failure: a stable code, a message key the apps translate, and safe detail. */
export class HeardError extends TRPCError {
  readonly key: ErrorKey;
  readonly detail: Record<string, string | number> | undefined;
  constructor(code: Code, key: ErrorKey, detail?: Record<string, string | number>) {
    super({ code, message: key });
    this.key = key;
    this.detail = detail;
  }
}

export const fail = (code: Code, key: ErrorKey, detail?: Record<string, string | number>): never => {
  throw new HeardError(code, key, detail);
};
