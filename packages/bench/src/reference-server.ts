/**
 * The yardstick for `feedback-submit-load`: a bare Hono JSON POST route on @hono/node-server,
 * nothing else (no middleware, no database). Run in its own process, as the Heard server is, so
 * it does not share an event loop with autocannon:
 *
 *   node --import tsx src/reference-server.ts <port>
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write("usage: reference-server.ts <port>\n");
  process.exit(2);
}

const app = new Hono();
app.get("/readyz", (c) => c.json({ status: "ready" }));
// Reads and parses the body, as tRPC does, and answers a small JSON object.
app.post("/json", async (c) => {
  const body = await c.req.json<Record<string, unknown>>();
  return c.json({ received: Object.keys(body).length });
});

serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
