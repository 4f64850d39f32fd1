import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { browserDockerEnv } from "../src/browser/browser-settings.ts";
import { DEFAULT_SERVER, readConfig } from "../src/config.ts";
import { pomVersions } from "../src/neo4j/launcher/distribution.ts";
import { neo4jConf } from "../src/neo4j/launcher/neo4j-home.ts";

interface Service {
  image: string;
  ports: string[];
  environment: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string;
}
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const neo4j = compose.services.neo4j as Service;
const app = compose.services.app as Service;

/** `${NEO4J_PASSWORD:-actorgraph}` → the default a user without the variable gets. */
const withDefaults = (value: string) => value.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, "$1");

// docker-compose.yml cannot run here (no Docker engine), so its settings are checked against the launcher's.
describe("docker-compose.yml agrees with the local launcher", () => {
  it("runs the same Neo4j version, Community edition", () => {
    expect(neo4j.image).toBe(`neo4j:${pomVersions().neo4j}-community`);
  });

  it("publishes the same Bolt and HTTP ports", () => {
    expect(neo4j.ports).toEqual([`${DEFAULT_SERVER.httpPort}:7474`, `${DEFAULT_SERVER.boltPort}:7687`]);
  });

  it("uses the same login as the launcher and the app", () => {
    expect(withDefaults(neo4j.environment.NEO4J_AUTH as string)).toBe(
      `${DEFAULT_SERVER.user}/${DEFAULT_SERVER.password}`,
    );
    expect(withDefaults(app.environment.NEO4J_PASSWORD as string)).toBe(DEFAULT_SERVER.password);
    expect(app.environment.NEO4J_USER).toBe(DEFAULT_SERVER.user);
    const config = readConfig({
      ...app.environment,
      NEO4J_PASSWORD: withDefaults(app.environment.NEO4J_PASSWORD as string),
    });
    expect(config).toMatchObject({ neo4jUri: "bolt://neo4j:7687", port: 4000, host: "0.0.0.0" });
  });

  it("installs and allows APOC, with the launcher's memory settings", () => {
    expect(JSON.parse(neo4j.environment.NEO4J_PLUGINS as string)).toEqual(["apoc"]);
    expect(neo4j.environment.NEO4J_dbms_security_procedures_unrestricted).toBe("apoc.*");
    const conf = neo4jConf({
      home: "/h",
      boltPort: 7687,
      httpPort: 7474,
      password: "x",
      heap: "2g",
      pageCache: "1g",
    });
    expect(conf).toContain(
      `server.memory.heap.max_size=${neo4j.environment.NEO4J_server_memory_heap_max__size}`,
    );
    expect(conf).toContain(
      `server.memory.pagecache.size=${neo4j.environment.NEO4J_server_memory_pagecache_size}`,
    );
    expect(DEFAULT_SERVER).toMatchObject({ heap: "2g", pageCache: "1g" });
  });

  it("gives Browser the same style and guide settings as the launcher", () => {
    for (const [key, value] of Object.entries(browserDockerEnv("http://localhost:4000"))) {
      expect(neo4j.environment[key]).toBe(value);
    }
  });

  it("starts the app only once Neo4j is healthy", () => {
    expect(neo4j.healthcheck?.test.join(" ")).toContain("cypher-shell");
    expect(app.depends_on).toEqual({ neo4j: { condition: "service_healthy" } });
    expect(app.image).toBe("node:20");
    expect(app.command).toContain("npm start");
  });
});
