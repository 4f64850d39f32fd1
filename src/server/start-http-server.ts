import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InputError } from "../errors.ts";

/** Answers a request it owns (and returns true), or leaves it to the next handler (false). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HttpServerHandle {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * One HTTP listener for everything actorgraph serves: each route handler in turn (Browser assets), then the
 * fallback (the GraphQL app). Port 0 picks a free port, for tests.
 */
export async function startHttpServer(options: {
  readonly host: string;
  readonly port: number;
  readonly routes: readonly RouteHandler[];
  readonly fallback: (req: IncomingMessage, res: ServerResponse) => unknown;
}): Promise<HttpServerHandle> {
  const server = createServer(async (req, res) => {
    try {
      for (const route of options.routes) if (await route(req, res)) return;
      await options.fallback(req, res);
    } catch (error) {
      console.error("request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new InputError(`Port ${options.port} is taken by another program; set PORT to another port.`)
          : error,
      ),
    );
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "127.0.0.1" ? "localhost" : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
