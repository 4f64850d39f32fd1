import { connect, createServer } from "node:net";
import neo4j from "neo4j-driver";

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function isPortTaken(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A TCP port that nothing listens on right now, chosen by the operating system. Test and benchmark runs take
 * theirs this way, so two runs on one machine never meet on a fixed port (and never reuse each other's server).
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port assigned")),
      );
    });
  });
}

/**
 * Whether the program on the port answers Bolt's handshake (magic 0x6060B017, then four proposed versions): a
 * Neo4j answers with the version it picked within milliseconds; anything else answers otherwise or not at all.
 */
export function speaksBolt(port: number, host = "127.0.0.1", timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    let reply = Buffer.alloc(0);
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => {
      const handshake = Buffer.alloc(20);
      handshake.writeUInt32BE(0x6060b017, 0);
      handshake.writeUInt32BE(0x00000505, 4); // 5.5: any Neo4j 5 agrees to some 5.x or 4.4
      handshake.writeUInt32BE(0x00000404, 8);
      socket.write(handshake);
    });
    socket.on("data", (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) done(reply.readUInt32BE(0) !== 0 && reply.length === 4);
    });
  });
}

export type BoltProbe =
  | { readonly kind: "free" }
  | { readonly kind: "neo4j"; readonly version: string; readonly edition: string }
  | { readonly kind: "wrong-credentials"; readonly message: string }
  | { readonly kind: "not-neo4j"; readonly message: string };

/** Finds out what holds a Bolt port: nothing, a Neo4j that accepts these credentials, another Neo4j, or not Neo4j. */
export async function probeBolt(port: number, user: string, password: string): Promise<BoltProbe> {
  if (!(await isPortTaken(port))) return { kind: "free" };
  if (!(await speaksBolt(port))) return { kind: "not-neo4j", message: "no Bolt handshake" };
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      { database: "system" },
    );
    const record = records[0];
    return {
      kind: "neo4j",
      version: String(record?.get("version")),
      edition: String(record?.get("edition")),
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const message = (error as Error).message;
    if (code.startsWith("Neo.ClientError.Security")) return { kind: "wrong-credentials", message };
    return { kind: "not-neo4j", message };
  } finally {
    await driver.close();
  }
}
