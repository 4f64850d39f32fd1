import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { LIB_DIR, PLUGINS_DIR } from "./distribution.ts";

export interface ServerSettings {
  /** The Neo4j home: conf/, data/, logs/, run/. Data survives restarts here. */
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly password: string;
  /** JVM heap, e.g. "2g"; initial and maximum alike so the footprint is predictable. */
  readonly heap: string;
  readonly pageCache: string;
  /** Extra neo4j.conf lines (e.g. Browser settings); later lines win. */
  readonly extraConf?: readonly string[];
}

/** The neo4j.conf actorgraph runs with. Written on every start, so a changed setting always takes effect. */
export function neo4jConf(s: ServerSettings): string {
  const home = resolve(s.home);
  return `${[
    "# Written by actorgraph (src/neo4j/launcher/neo4j-home.ts) on every start; edits here are overwritten.",
    `server.directories.lib=${LIB_DIR}`,
    `server.directories.plugins=${PLUGINS_DIR}`,
    `server.directories.data=${join(home, "data")}`,
    `server.directories.logs=${join(home, "logs")}`,
    `server.directories.run=${join(home, "run")}`,
    `server.directories.import=${join(home, "import")}`,
    "",
    "# Local only: nothing listens beyond this machine.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=localhost",
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=localhost:${s.boltPort}`,
    `server.http.listen_address=127.0.0.1:${s.httpPort}`,
    `server.http.advertised_address=localhost:${s.httpPort}`,
    "server.https.enabled=false",
    "",
    "dbms.security.auth_enabled=true",
    "dbms.security.procedures.unrestricted=apoc.*",
    "dbms.security.procedures.allowlist=apoc.*",
    "dbms.usage_report.enabled=false",
    "",
    "# Sized for a 2-core, 24 GiB machine shared with Node and a browser.",
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    "db.tx_log.rotation.retention_policy=1 days",
    "",
    "# Bolt's shutdown waits 5 s for its worker threads and 5 s more for its connections, even when none is open:",
    "# 10 of the 11 s an idle server took to stop. A second each still lets a finishing reply go out.",
    "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
    "internal.server.bolt.connection_shutdown_wait_time=1s",
    "",
    "# JVM flags of the 5.26 distribution's neo4j.conf, less -XX:+AlwaysPreTouch: it commits the whole heap at",
    "# start, which a laptop or a test run beside a second Neo4j and a browser cannot spare.",
    ...[
      "-XX:+UseG1GC",
      "-XX:-OmitStackTraceInFastThrow",
      "-XX:+UnlockExperimentalVMOptions",
      "-XX:+TrustFinalNonStaticFields",
      "-XX:+DisableExplicitGC",
      "-Djdk.nio.maxCachedBufferSize=1024",
      "-Dio.netty.tryReflectionSetAccessible=true",
      "-Djdk.tls.ephemeralDHKeySize=2048",
      "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
      "-XX:FlightRecorderOptions=stackdepth=256",
      "-XX:+UnlockDiagnosticVMOptions",
      "-XX:+DebugNonSafepoints",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--enable-native-access=ALL-UNNAMED",
      "-Dlog4j2.disable.jmx=true",
    ].map((flag) => `server.jvm.additional=${flag}`),
    ...(s.extraConf ?? []),
  ].join("\n")}\n`;
}

/** Creates the home's folders and writes its neo4j.conf. Returns whether the database was new. */
export async function prepareHome(s: ServerSettings): Promise<{ confDir: string; fresh: boolean }> {
  const home = resolve(s.home);
  const fresh = !existsSync(join(home, "data", "dbms", "auth.ini"));
  for (const dir of ["conf", "data", "logs", "run", "import"])
    await mkdir(join(home, dir), { recursive: true });
  const confDir = join(home, "conf");
  await writeFile(join(confDir, "neo4j.conf"), neo4jConf(s));
  return { confDir, fresh };
}
