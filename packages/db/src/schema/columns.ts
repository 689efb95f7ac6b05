import { customType } from "drizzle-orm/pg-core";

/** Raw bytes (hashes, keys), as Uint8Array whichever driver reads them. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});
