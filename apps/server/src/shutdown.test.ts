import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listen } from "./listen";
import { gracefulServer } from "./shutdown";

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/** A server whose every response takes `delayMs`; `hang` never answers. */
async function slowServer(delayMs: number | "hang") {
  const server = http.createServer((_req, res) => {
    if (delayMs !== "hang") setTimeout(() => res.end("done"), delayMs);
  });
  servers.push(server);
  const graceful = gracefulServer(server);
  await listen(server, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { server, graceful, url };
}

describe("graceful close", () => {
  it("lets an in-flight request finish, then closes promptly despite keep-alive", async () => {
    const { graceful, url } = await slowServer(300);
    await (await fetch(url)).text(); // leaves an idle keep-alive connection
    const inFlight = fetch(url).then((res) => res.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    const closed = await graceful.close(10_000);
    expect(closed.forced).toBe(false);
    expect(await inFlight).toBe("done");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses new connections once closing", async () => {
    const { graceful, url } = await slowServer(200);
    const inFlight = fetch(url).then((res) => res.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = graceful.close(10_000);
    await expect(fetch(url, { headers: { connection: "close" } })).rejects.toThrow();
    expect(await inFlight).toBe("done");
    await closing;
  });

  it("cuts requests that outlast the cap", async () => {
    const { graceful, url } = await slowServer("hang");
    const hanging = fetch(url).then(
      () => "answered",
      () => "cut",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = await graceful.close(200);
    expect(closed.forced).toBe(true);
    expect(await hanging).toBe("cut");
  });
});
