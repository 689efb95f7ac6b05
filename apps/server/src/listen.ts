import type { Server } from "node:http";

/** Resolves once `server` listens; rejects on EADDRINUSE and the like. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
