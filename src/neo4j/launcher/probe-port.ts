import { connect } from "node:net";
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

export type BoltProbe =
  | { readonly kind: "free" }
  | { readonly kind: "neo4j"; readonly version: string; readonly edition: string }
  | { readonly kind: "wrong-credentials"; readonly message: string }
  | { readonly kind: "not-neo4j"; readonly message: string };

/** Finds out what holds a Bolt port: nothing, a Neo4j that accepts these credentials, another Neo4j, or not Neo4j. */
export async function probeBolt(port: number, user: string, password: string): Promise<BoltProbe> {
  if (!(await isPortTaken(port))) return { kind: "free" };
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
