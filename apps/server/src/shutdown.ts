import type { IncomingMessage, Server, ServerResponse } from "node:http";

export type GracefulServer = {
  /**
   * Stops accepting connections and resolves once every in-flight request has been
   * answered, or after `capMs`, when the connections still open are cut.
   */
  close(capMs: number): Promise<{ forced: boolean }>;
};

/** Watches requests on `server` from now on, so that closing can wait for them and then end keep-alive connections. */
export function gracefulServer(server: Server): GracefulServer {
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  server.on("request", (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) res.shouldKeepAlive = false;
    res.on("close", () => {
      inFlight.delete(res);
      // The connection becomes idle once this response is done; end it rather than keep it alive.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    close(capMs) {
      closing = true;
      return new Promise((resolve) => {
        let forced = false;
        const cap = setTimeout(() => {
          forced = true;
          server.closeAllConnections();
        }, capMs);
        server.close(() => {
          clearTimeout(cap);
          resolve({ forced });
        });
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        server.closeIdleConnections();
      });
    },
  };
}
