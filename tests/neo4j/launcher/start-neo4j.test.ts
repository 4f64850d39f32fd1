import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { InputError } from "../../../src/errors.ts";
import { pomVersions } from "../../../src/neo4j/launcher/distribution.ts";
import { freePort, isPortTaken } from "../../../src/neo4j/launcher/probe-port.ts";
import { type RunningNeo4j, startNeo4j } from "../../../src/neo4j/launcher/start-neo4j.ts";

// Ports of this file's own servers, free for this run: away from the user's (7687), the shared test database's
// and any other run's.
const BOLT = await freePort();
const HTTP = await freePort();
const settings = (home: string) => ({
  home,
  boltPort: BOLT,
  httpPort: HTTP,
  password: "launcher-test",
  heap: "512m",
  pageCache: "128m",
});
const quiet = () => {};

async function query<T>(server: RunningNeo4j, cypher: string, password = server.password): Promise<T[]> {
  const driver = neo4j.driver(server.boltUri, neo4j.auth.basic(server.user, password));
  try {
    return (await driver.executeQuery(cypher)).records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe("the launcher runs the real Neo4j server", () => {
  let home: string;
  let server: RunningNeo4j | undefined;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "actorgraph-launcher-test-"));
    server = await startNeo4j(settings(home), quiet);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it("starts Neo4j Community of the pinned version, with APOC core", async () => {
    const running = server as RunningNeo4j;
    expect(running.startedHere).toBe(true);
    const [row] = await query<{ version: string; edition: string; apoc: string }>(
      running,
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition, apoc.version() AS apoc",
    );
    expect(row).toEqual({ version: pomVersions().neo4j, edition: "community", apoc: pomVersions().apoc });
  });

  it("serves Neo4j Browser over HTTP", async () => {
    const response = await fetch(`http://localhost:${HTTP}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Neo4j Browser");
  });

  it("refuses a wrong password", async () => {
    await expect(query(server as RunningNeo4j, "RETURN 1", "not-the-password")).rejects.toMatchObject({
      code: "Neo.ClientError.Security.Unauthorized",
    });
  });

  it("keeps data across a restart and stops cleanly", async () => {
    await query(server as RunningNeo4j, "CREATE (:LauncherProbe {note: 'written before the restart'})");
    await (server as RunningNeo4j).stop();
    server = undefined;
    expect(await isPortTaken(BOLT)).toBe(false);
    expect(await isPortTaken(HTTP)).toBe(false);
    const log = await readFile(join(home, "logs", "console.log"), "utf8");
    expect(log).toMatch(/INFO {2}Stopped\.\s*$/);

    server = await startNeo4j(settings(home), quiet);
    expect(await query(server, "MATCH (p:LauncherProbe) RETURN p.note AS note")).toEqual([
      { note: "written before the restart" },
    ]);
    expect(existsSync(join(home, "data", "databases", "neo4j"))).toBe(true);
  });
});

describe("ports held by something else", () => {
  let blocker: Server;
  const sockets = new Set<Socket>();
  let BLOCKED: number;
  beforeAll(async () => {
    BLOCKED = await freePort();
    // Accepts connections and never answers: not Neo4j.
    blocker = createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => blocker.listen(BLOCKED, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  });

  it("names a Bolt port held by a program that is not Neo4j", async () => {
    const home = await mkdtemp(join(tmpdir(), "actorgraph-launcher-test-"));
    const error = await startNeo4j({ ...settings(home), boltPort: BLOCKED }, quiet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `Port ${BLOCKED} is taken by a program that does not speak Bolt (no Bolt handshake). Stop it, or choose another port with NEO4J_BOLT_PORT.`,
    );
    await rm(home, { recursive: true, force: true });
  });

  it("names a taken HTTP port", async () => {
    const home = await mkdtemp(join(tmpdir(), "actorgraph-launcher-test-"));
    const error = await startNeo4j({ ...settings(home), httpPort: BLOCKED }, quiet).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      new RegExp(`^Port ${BLOCKED} \\(Neo4j HTTP and Browser\\) is taken by another program`),
    );
    await rm(home, { recursive: true, force: true });
  });
});

describe("a Neo4j already running on the Bolt port", () => {
  const testDb = inject("testDatabase");
  const port = Number(new URL(testDb.uri).port);

  it("is reused when it accepts our credentials, and left running on stop", async () => {
    const reused = await startNeo4j(
      { ...settings("/nonexistent"), boltPort: port, password: testDb.password },
      quiet,
    );
    expect(reused.startedHere).toBe(false);
    await reused.stop();
    expect(await isPortTaken(port)).toBe(true);
  });

  it("is refused with a clear message when it rejects our password", async () => {
    const error = await startNeo4j(
      { ...settings("/nonexistent"), boltPort: port, password: "wrong-password" },
      quiet,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Port ${port} is held by a Neo4j that refuses user "neo4j"`),
    );
  });

  it("is refused, not reused, by a run that needs a server of its own", async () => {
    const error = await startNeo4j(
      { ...settings("/nonexistent"), boltPort: port, password: testDb.password },
      quiet,
      { reuse: false },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Port ${port} is taken \\(Neo4j 5\\.26\\.\\d+\\); this run needs a Neo4j of its own there`),
    );
  });
});
