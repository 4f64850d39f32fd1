import { existsSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The local server's processes, found through its home. actorgraph records there which process looks after the
 * server and the server JVM's pid (run/actorgraph.json), and clears the record only once the server has exited.
 * The record tells a server that another actorgraph process looks after from an orphan whose owner was killed;
 * the server's console.log tells a running server from one that is stopping (Neo4j's own run/neo4j.pid goes
 * only at the very end of a stop, and Bolt may answer until then).
 */

const recordFile = (home: string) => join(home, "run", "actorgraph.json");

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * Whether the process has exited but was never reaped. A killed owner's processes stay so where the machine's
 * first process reaps no orphans (some containers and micro-VMs), and `kill(pid, 0)` still finds them.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state …": the command may hold spaces and parentheses, the state follows the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/** Whether the process is a Neo4j server; where /proc is missing (macOS), a live pid has to do. */
async function isNeo4j(pid: number): Promise<boolean> {
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return (await readFile(`/proc/${pid}/cmdline`, "utf8")).includes("org.neo4j.server");
  } catch {
    return false;
  }
}

async function readRecord(home: string): Promise<{ owner?: number; server?: number }> {
  try {
    return JSON.parse(await readFile(recordFile(home), "utf8"));
  } catch {
    return {};
  }
}

/** The pid in Neo4j's own pid file, written as the server starts. */
export async function runningServerPid(home: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(join(home, "run", "neo4j.pid"), "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the server's log says it has begun to stop since it last started. */
export async function isStopping(home: string): Promise<boolean> {
  let log: string;
  try {
    log = await readFile(join(home, "logs", "console.log"), "utf8");
  } catch {
    return false;
  }
  return log.lastIndexOf("INFO  Stopping...") > log.lastIndexOf("INFO  Started.");
}

/** The server JVM of this home that actorgraph started and that still runs (or still stops), if any. */
export async function serverPidOf(home: string): Promise<number | undefined> {
  const { server } = await readRecord(home);
  return server !== undefined && isAlive(server) && (await isNeo4j(server)) ? server : undefined;
}

/** The live actorgraph process (possibly this one) that looks after this home's server, if any. */
export async function ownerOf(home: string): Promise<number | undefined> {
  const { owner } = await readRecord(home);
  return owner !== undefined && isAlive(owner) ? owner : undefined;
}

export async function becomeOwner(home: string, server: number): Promise<void> {
  await writeFile(recordFile(home), `${JSON.stringify({ owner: process.pid, server })}\n`);
}

/** Clears the record once this process's server has exited. */
export async function giveUpOwnership(home: string): Promise<void> {
  if ((await readRecord(home)).owner === process.pid) await rm(recordFile(home), { force: true });
}

/** Resolves true once the process has exited, false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * Stops a server JVM that is not this process's child (an orphan taken over): SIGTERM runs its shutdown hook,
 * as for our own; SIGKILL only if it has not stopped within `graceMs`.
 */
export async function stopServerProcess(pid: number, graceMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, graceMs))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 10_000);
  }
}
