import { type ChildProcess, execFile, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import neo4j from "neo4j-driver";
import { DEFAULT_SERVER } from "../../config.ts";
import { InputError } from "../../errors.ts";
import { assembleDistribution, LIB_DIR, pomVersions } from "./distribution.ts";
import { prepareHome, type ServerSettings } from "./neo4j-home.ts";
import { isPortTaken, probeBolt } from "./probe-port.ts";
import {
  becomeOwner,
  giveUpOwnership,
  isStopping,
  ownerOf,
  runningServerPid,
  serverPidOf,
  stopServerProcess,
  waitForExit,
} from "./server-process.ts";
import { stopChild } from "./stop-child.ts";

export interface RunningNeo4j {
  readonly boltUri: string;
  readonly browserUrl: string;
  readonly user: string;
  readonly password: string;
  /** False when an already running Neo4j was reused: `stop()` then leaves it alone, unless it was adopted. */
  readonly startedHere: boolean;
  /** A server left running by an actorgraph process that was killed, taken over: `stop()` stops it. */
  readonly adopted: boolean;
  /** The server JVM's process id, when this process started or adopted it. */
  readonly pid: number | undefined;
  /** Stops the server if this process started it; resolves once it has exited. */
  stop(): Promise<void>;
}

const BOOTLOADER = "org.neo4j.server.startup.Neo4jCommand";
const ADMIN = "org.neo4j.server.startup.Neo4jAdminCommand";

/**
 * Environment for Neo4j's own launcher classes. JAVA_OPTS would replace every JVM flag the bootloader builds,
 * and a stray NEO4J_CONF would point it at another configuration, so both are set or cleared here.
 */
function neo4jEnv(home: string, confDir: string): NodeJS.ProcessEnv {
  const { JAVA_OPTS: _ignored, ...rest } = process.env;
  return { ...rest, NEO4J_HOME: home, NEO4J_CONF: confDir };
}

/** The java the bootloader itself will use for the server: JAVA_HOME's, else the one on PATH. */
const javaBin = () => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java");

async function checkJava(): Promise<void> {
  const java = javaBin();
  let output: string;
  try {
    output = (await promisify(execFile)(java, ["-version"])).stderr;
  } catch {
    throw new InputError(
      `Java is not installed or not on PATH (tried "${java}"). Neo4j 5.26 needs Java 17 or 21: ` +
        "install OpenJDK 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.",
    );
  }
  const major = Number(/version "(\d+)/.exec(output)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new InputError(
      `Neo4j 5.26 runs on Java 17 or 21, but "${java}" is Java ${major}; set JAVA_HOME to a 17 or 21 JDK.`,
    );
  }
}

/**
 * Runs `neo4j-admin <args>` for the Neo4j home `home` (its conf/neo4j.conf), as Neo4j's own admin launcher class
 * on the assembled jars. Rejects with neo4j-admin's own output.
 */
export async function runNeo4jAdmin(home: string, args: readonly string[]): Promise<{ stdout: string }> {
  const absoluteHome = resolve(home);
  try {
    const { stdout } = await promisify(execFile)(javaBin(), ["-cp", `${LIB_DIR}/*`, ADMIN, ...args], {
      env: neo4jEnv(absoluteHome, join(absoluteHome, "conf")),
      cwd: absoluteHome,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout };
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`neo4j-admin ${args[0]} ${args[1] ?? ""} failed: ${stderr || stdout || error}`);
  }
}

/** Runs `neo4j-admin dbms set-initial-password`, which only works before the database's first start. */
async function setInitialPassword(home: string, password: string): Promise<void> {
  if (password.length < 8)
    throw new InputError("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum).");
  await runNeo4jAdmin(home, ["dbms", "set-initial-password", password]);
}

async function tail(file: string, lines = 15): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

/**
 * Starts the real Neo4j server the way `bin/neo4j console` does: Neo4j's bootloader reads neo4j.conf, builds the
 * JVM command line (server.jvm.additional, heap) and runs `CommunityEntryPoint` as its child; SIGTERM to the
 * bootloader stops the server through its shutdown hook. Reuses a Neo4j already on the Bolt port when it
 * accepts our credentials; refuses clearly when anything else holds the ports.
 */
export async function startNeo4j(
  settings: ServerSettings,
  log: (line: string) => void = console.log,
  options: {
    readonly startTimeoutMs?: number;
    /**
     * false: never reuse a Neo4j found on the Bolt port, refuse instead. A throwaway server (tests, benchmark)
     * must be this run's own: reusing another run's would let the two wipe each other's data.
     */
    readonly reuse?: boolean;
  } = {},
): Promise<RunningNeo4j> {
  const { startTimeoutMs = 180_000, reuse = true } = options;
  const user = DEFAULT_SERVER.user;
  const boltUri = `bolt://localhost:${settings.boltPort}`;
  const browserUrl = `http://localhost:${settings.httpPort}/browser/`;
  const base = { boltUri, browserUrl, user, password: settings.password };

  const home = resolve(settings.home);
  // A server of this home still stopping would make the bootloader refuse to start beside it.
  let previousPid = await serverPidOf(home);
  let probe = await probeBolt(settings.boltPort, user, settings.password);
  if (previousPid !== undefined && (probe.kind !== "neo4j" || (await isStopping(home)))) {
    log(`Neo4j (pid ${previousPid}) of ${home} is still stopping: waiting for it…`);
    if (!(await waitForExit(previousPid, 60_000))) {
      throw new InputError(
        `Neo4j (pid ${previousPid}) of ${home} has not stopped within 60 s. Stop it (kill ${previousPid}) and start again.`,
      );
    }
    log("  it has stopped.");
    previousPid = undefined;
    probe = await probeBolt(settings.boltPort, user, settings.password);
  }
  if (probe.kind !== "free" && !reuse) {
    throw new InputError(
      `Port ${settings.boltPort} is taken (${probe.kind === "neo4j" ? `Neo4j ${probe.version}` : probe.message}); ` +
        "this run needs a Neo4j of its own there. Stop that program, or choose another port.",
    );
  }
  if (probe.kind === "neo4j") {
    if (previousPid !== undefined && (await ownerOf(home)) === undefined) {
      const pid = previousPid;
      await becomeOwner(home, pid);
      log(
        `Neo4j ${probe.version} (pid ${pid}) of ${home} was left running by an actorgraph process that is gone: ` +
          "taking it over; it stops when this process stops.",
      );
      return {
        ...base,
        startedHere: false,
        adopted: true,
        pid,
        stop: async () => {
          await stopServerProcess(pid);
          await giveUpOwnership(home);
        },
      };
    }
    log(
      `Neo4j ${probe.version} (${probe.edition}) already answers on ${boltUri} with these credentials: using it.`,
    );
    return { ...base, startedHere: false, adopted: false, pid: undefined, stop: async () => {} };
  }
  if (probe.kind === "wrong-credentials") {
    throw new InputError(
      `Port ${settings.boltPort} is held by a Neo4j that refuses user "${user}" with the configured password ` +
        `(${probe.message}). Set NEO4J_PASSWORD to its password, stop it, or choose another port with NEO4J_BOLT_PORT.`,
    );
  }
  if (probe.kind === "not-neo4j") {
    throw new InputError(
      `Port ${settings.boltPort} is taken by a program that does not speak Bolt (${probe.message}). ` +
        "Stop it, or choose another port with NEO4J_BOLT_PORT.",
    );
  }
  if (await isPortTaken(settings.httpPort)) {
    throw new InputError(
      `Port ${settings.httpPort} (Neo4j HTTP and Browser) is taken by another program. ` +
        "Stop it, or choose another port with NEO4J_HTTP_PORT.",
    );
  }

  await checkJava();
  await assembleDistribution(log);
  const { confDir, fresh } = await prepareHome(settings);
  if (fresh) {
    log(`New Neo4j database in ${home}: setting the initial password for "${user}".`);
    await setInitialPassword(home, settings.password);
  }

  const consoleLog = join(home, "logs", "console.log");
  log(
    `Starting Neo4j ${pomVersions().neo4j} (home ${home}, Bolt ${settings.boltPort}, HTTP ${settings.httpPort})…`,
  );
  // Its own process group: Ctrl-C signals the whole foreground group, and Neo4j must hear only our SIGTERM, once,
  // and be waited for. Its output goes straight to the file, so it is kept even when this process dies first.
  const output = openSync(consoleLog, "a");
  const child = spawn(javaBin(), ["-cp", `${LIB_DIR}/*`, BOOTLOADER, "console"], {
    env: neo4jEnv(home, confDir),
    cwd: home,
    stdio: ["ignore", output, output],
    detached: true,
  });
  closeSync(output);
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));

  try {
    await waitForBolt(boltUri, user, settings.password, child, exited, startTimeoutMs, log);
  } catch (error) {
    await stopChild(child, exited, 60_000);
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${reason}\nLast lines of ${consoleLog}:\n${await tail(consoleLog)}`);
  }
  log(`Neo4j is ready on ${boltUri}.`);
  const pid = await runningServerPid(home);
  if (pid !== undefined) await becomeOwner(home, pid);
  return {
    ...base,
    startedHere: true,
    adopted: false,
    pid,
    stop: async () => {
      await stopChild(child, exited, 60_000);
      // The bootloader waits for the server JVM it runs; this makes sure of it.
      if (pid !== undefined) await waitForExit(pid, 60_000);
      await giveUpOwnership(home);
    },
  };
}

async function waitForBolt(
  uri: string,
  user: string,
  password: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  let lastReport = started;
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    for (;;) {
      if (exitCode !== undefined) {
        throw new Error(
          `Neo4j exited with code ${exitCode} before it was ready (1 web server, 2 database, 3 configuration).`,
        );
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        // not up yet
      }
      const now = Date.now();
      if (now - started > timeoutMs)
        throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s.`);
      if (now - lastReport >= 5000) {
        log(`  still starting Neo4j (${Math.round((now - started) / 1000)}s, pid ${child.pid})…`);
        lastReport = now;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
}
