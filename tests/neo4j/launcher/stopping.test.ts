import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, isPortTaken } from "../../../src/neo4j/launcher/probe-port.ts";
import { isAlive, serverPidOf } from "../../../src/neo4j/launcher/server-process.ts";
import { startNeo4j } from "../../../src/neo4j/launcher/start-neo4j.ts";
import { localNeo4jEnv, ownNeo4jSettings } from "../../helpers/own-neo4j.ts";

/**
 * `npm start` stops Neo4j cleanly before it exits, however it is told to stop; a start finds the server of a
 * killed process and takes it over, or waits for one still stopping. Each run here has a Neo4j home of its own.
 */

interface NpmStart {
  readonly process: ChildProcess;
  readonly output: () => string;
  /** The exit code, or the signal npm passes on after its script has exited (as a shell expects of Ctrl-C). */
  readonly exited: Promise<number | string | null>;
}

let settings: Awaited<ReturnType<typeof ownNeo4jSettings>>;
let apiPort: number;
const started: ChildProcess[] = [];
// Each test starts Neo4j once or twice, a minute each on a busy machine.
const SLOW = 400_000;

beforeAll(async () => {
  settings = await ownNeo4jSettings("stopping-test");
  apiPort = await freePort();
});
afterAll(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid as number), "SIGKILL");
  }
  const pid = await serverPidOf(settings.home);
  if (pid !== undefined) process.kill(pid, "SIGKILL");
  await rm(settings.home, { recursive: true, force: true });
});

/**
 * `npm start` as a user runs it in a terminal: the leader of its own process group, as a shell makes it. Or
 * `node --import tsx src/main.ts`, as a service manager runs it.
 */
async function npmStart(command: readonly string[] = ["npm", "start"]): Promise<NpmStart> {
  const child = spawn(command[0] as string, command.slice(1), {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: localNeo4jEnv(settings, { PORT: String(apiPort) }),
  });
  started.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );
  const until = Date.now() + 200_000;
  while (!output.includes("actorgraph is ready.")) {
    if (child.exitCode !== null || Date.now() > until)
      throw new Error(`npm start did not get ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { process: child, output: () => output, exited };
}

const consoleLog = () => readFile(join(settings.home, "logs", "console.log"), "utf8");

/** Seconds between Neo4j's last "Stopping..." and "Stopped." in its log (its own clock). */
async function lastStopSeconds(): Promise<number> {
  const lines = (await consoleLog()).trimEnd().split("\n");
  const at = (word: string) => {
    const line = lines.findLast((l) => l.includes(`INFO  ${word}`)) ?? "";
    return Date.parse(line.slice(0, 23).replace(" ", "T").concat("Z"));
  };
  return (at("Stopped.") - at("Neo4j Server shutdown initiated by request")) / 1000;
}

async function expectStoppedCleanly(): Promise<void> {
  expect(await consoleLog()).toMatch(/INFO {2}Stopped\.\s*$/);
  expect(existsSync(join(settings.home, "run", "neo4j.pid"))).toBe(false);
  expect(existsSync(join(settings.home, "run", "actorgraph.json"))).toBe(false);
  expect(await isPortTaken(settings.boltPort)).toBe(false);
  expect(await isPortTaken(apiPort)).toBe(false);
}

describe("npm start", () => {
  it(
    "exits after Neo4j has stopped cleanly when Ctrl-C reaches its whole process group",
    async () => {
      const run = await npmStart();
      const serverPid = (await serverPidOf(settings.home)) as number;
      expect(isAlive(serverPid)).toBe(true);
      process.kill(-(run.process.pid as number), "SIGINT");
      expect([0, "SIGINT"]).toContain(await run.exited);
      expect(isAlive(serverPid)).toBe(false);
      await expectStoppedCleanly();
      expect(run.output()).toContain("Neo4j has stopped.");
      // Bolt's fixed shutdown waits alone used to take 10 s (11 s in all). The stop takes about 2.5 s on a quiet
      // machine and up to 6 s measured beside other test runs; 8 s leaves room for a busy one.
      expect(await lastStopSeconds()).toBeLessThan(8);
    },
    SLOW,
  );

  it(
    "leaves Neo4j running when it is killed, and the next start takes it over and says so",
    async () => {
      const killed = await npmStart();
      const serverPid = (await serverPidOf(settings.home)) as number;
      // SIGKILL to every Node process of the group: no handler runs, Neo4j (a group of its own) survives.
      process.kill(-(killed.process.pid as number), "SIGKILL");
      await killed.exited;
      expect(isAlive(serverPid)).toBe(true);

      const next = await npmStart([process.execPath, "--import", "tsx", "src/main.ts"]);
      expect(next.output()).toContain(
        `(pid ${serverPid}) of ${settings.home} was left running by an actorgraph process that is gone: taking it over; it stops when this process stops.`,
      );
      // SIGTERM, as a service manager sends it to the process it runs.
      process.kill(next.process.pid as number, "SIGTERM");
      expect([0, "SIGTERM"]).toContain(await next.exited);
      expect(isAlive(serverPid)).toBe(false);
      await expectStoppedCleanly();
    },
    SLOW,
  );
});

describe("a start that finds the home's Neo4j still stopping", () => {
  it(
    "waits for it, then starts its own",
    async () => {
      const first = await startNeo4j(settings, () => {}, { reuse: false });
      const firstPid = first.pid as number;
      // An open transaction makes Neo4j's stop wait for it (up to 10 s), long enough to start beside it.
      const driver = neo4j.driver(first.boltUri, neo4j.auth.basic(first.user, first.password));
      const held = driver.session();
      const tx = await held.beginTransaction();
      await tx.run("RETURN 1");
      // Stopping as if another process had asked: Neo4j logs "Stopping...", then waits for the transaction.
      process.kill(firstPid, "SIGTERM");
      while (!(await consoleLog()).trimEnd().endsWith("INFO  Stopping..."))
        await new Promise((r) => setTimeout(r, 20));
      const lines: string[] = [];
      const second = await startNeo4j(settings, (line) => lines.push(line), { reuse: false });
      try {
        expect(lines).toContain(
          `Neo4j (pid ${firstPid}) of ${settings.home} is still stopping: waiting for it…`,
        );
        expect(isAlive(firstPid)).toBe(false);
        expect(second.startedHere).toBe(true);
        expect(second.pid).not.toBe(firstPid);
      } finally {
        await second.stop();
        await first.stop();
        await driver.close().catch(() => {});
      }
      await expectStoppedCleanly();
    },
    SLOW,
  );
});
