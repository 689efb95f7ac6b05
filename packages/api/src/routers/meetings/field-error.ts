import type { ErrorKey } from "@heard/domain";
import { TRPCError } from "@trpc/server";
import { ZodRealError } from "zod";

/**
 * Refuses one field of an input with a message key, the way a zod schema would: the client
 * gets `fieldErrors: { [field]: key }`, so a form shows it beside the field. For rules that
 * need the clock or the database and so cannot live in the schema.
 */
export function failField(field: string, key: ErrorKey): never {
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: key,
    // ZodRealError, as parsing makes: the plain ZodError of zod 4 is not an Error, and tRPC would wrap it.
    cause: new ZodRealError([{ code: "custom", path: field.split("."), message: key, input: undefined }]),
  });
}
