/**
 * The yardsticks for `feedback-submit-load`, on @hono/node-server, in their own process (as the
 * Heard server is) so they do not share an event loop with autocannon:
 * - `POST /json`: a bare Hono JSON route (no middleware, no database). The budget's reference.
 * - `POST /trpc/submit`: the stack's floor. The same body through tRPC on Hono and parsed with
 *   Heard's own input schema, then a constant answer: no database, no Heard middleware. What
 *   `feedback.submit` can never beat, so the report shows how much of the budget the stack takes.
 *
 *   node --import tsx src/reference-server.ts <port>
 */
import { feedbackSchemas } from "@heard/domain";
import { serve } from "@hono/node-server";
import { trpcServer } from "@hono/trpc-server";
import { initTRPC } from "@trpc/server";
import { Hono } from "hono";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write("usage: reference-server.ts <port>\n");
  process.exit(2);
}

const t = initTRPC.create();
const floorRouter = t.router({
  submit: t.procedure.input(feedbackSchemas.submitFeedbackInput).mutation(() => ({ stored: false })),
});

const app = new Hono();
app.get("/readyz", (c) => c.json({ status: "ready" }));
// Reads and parses the body, as tRPC does, and answers a small JSON object.
app.post("/json", async (c) => {
  const body = await c.req.json<Record<string, unknown>>();
  return c.json({ received: Object.keys(body).length });
});
app.use("/trpc/*", trpcServer({ router: floorRouter, endpoint: "/trpc" }));

serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
