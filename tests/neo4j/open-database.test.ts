import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { InputError } from "../../src/errors.ts";
import { isAlive } from "../../src/neo4j/launcher/server-process.ts";
import { configuredDatabase, openDatabase } from "../../src/neo4j/open-database.ts";

const constraintNames = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (
    await db.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, { database: db.database })
  ).records.map((r) => r.get("name") as string);

describe("openDatabase", () => {
  it("starts a local Neo4j in a temporary home, owns it, applies the schema, and removes it all on close", async () => {
    const lines: string[] = [];
    const db = await openDatabase(
      {
        local: {
          home: { temporary: "actorgraph-open-database-test-" },
          password: "open-database-test",
          heap: "512m",
          pageCache: "128m",
          reuse: false,
        },
        database: "neo4j",
      },
      { log: (line) => lines.push(line) },
    );
    const { home, server } = db;
    try {
      expect(server.startedHere).toBe(true);
      expect(db.uri).toBe(server.boltUri);
      expect(lines.some((l) => l.startsWith("Neo4j is ready on bolt://localhost:"))).toBe(true);
      // The owner record lets a later start tell a server left by a killed process from one still owned.
      const owner = JSON.parse(await readFile(join(home, "run", "actorgraph.json"), "utf8")) as {
        owner: number;
        server: number;
      };
      expect(owner.owner).toBe(process.pid);
      expect(owner.server).toBe(server.pid);
      expect(await constraintNames(db)).toContain("actor_id");
    } finally {
      await db.close();
    }
    expect(isAlive(server.pid as number)).toBe(false);
    expect(existsSync(home)).toBe(false);
    await db.close(); // a second close does nothing
    // A Neo4j start and stop: minutes on a busy 2-core machine, like the hooks' timeout.
  }, 240_000);

  it("connects to a database by URI and login, applying the schema, and leaves the server running on close", async () => {
    const { uri, user, password, database } = inject("testDatabase");
    const db = await openDatabase({ uri, user, password, database }, { log: () => {} });
    expect(db.server).toBeNull();
    expect(db.home).toBeNull();
    expect(await constraintNames(db)).toContain("actor_id");
    await db.close();
    const again = await openDatabase({ uri, user, password, database }, { log: () => {}, schema: false });
    expect(again.uri).toBe(uri);
    await again.close();
  });

  it("names the URI when the login is refused", async () => {
    const { uri, user, database } = inject("testDatabase");
    const error = await openDatabase({ uri, user, password: "not-the-password", database }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(`Neo4j at ${uri} refused user "${user}"`);
  });

  it("reads NEO4J_URI, or else the local server settings, from the configuration", () => {
    const remote = configuredDatabase(
      readConfig({ NEO4J_URI: "neo4j+s://example.databases.neo4j.io", NEO4J_PASSWORD: "secret-pass" }),
    );
    expect(remote).toEqual({
      uri: "neo4j+s://example.databases.neo4j.io",
      user: "neo4j",
      password: "secret-pass",
      database: "neo4j",
    });
    const local = configuredDatabase(readConfig({ NEO4J_BOLT_PORT: "7688" }), ["server.x=1"]);
    expect(local).toMatchObject({
      local: {
        home: ".neo4j",
        boltPort: 7688,
        httpPort: 7474,
        password: "actorgraph",
        extraConf: ["server.x=1"],
      },
      database: "neo4j",
    });
  });
});
