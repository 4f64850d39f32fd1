import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP relay in front of the test Neo4j, so a test can make the database go away (and come back) for a driver
 * without touching the server other tests use.
 */
export interface TcpProxy {
  readonly port: number;
  /** Stops relaying: open connections drop and new ones are refused, as when Neo4j is down. */
  cutOff(): Promise<void>;
  /** Relays again, on the same port. */
  restore(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  };
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
    });
  let server = createServer(relay);
  const port = await listen(server, 0);
  return {
    port,
    cutOff: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: async () => {
      server = createServer(relay);
      await listen(server, port);
    },
  };
}
