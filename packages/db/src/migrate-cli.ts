import { createDb } from "./client";
import { migrate } from "./migrate";

const url = process.env.DATABASE_URL;
const handle = await createDb(url ? { kind: "postgres", url } : { kind: "pglite", dataDir: process.env.HEARD_DATA_DIR ?? "./data" });
await migrate(handle);
await handle.close();
console.log(`migrations applied (${handle.kind})`);
