import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Config } from "../config.ts";
import { InputError } from "../errors.ts";
import { ownerOf, serverPidOf, stopServerProcess } from "./launcher/server-process.ts";

/**
 * The local server's database for Neo4j's offline tools (dump, load, import): Community edition works on a
 * database only while the whole server is stopped. A server left running by a killed actorgraph process is
 * stopped here; one that `npm start` looks after is left alone, with a message.
 */

const BACKUP_INSTEAD =
  "For that server, `actorgraph export --out corpus.jsonl` writes the whole corpus and `actorgraph import corpus.jsonl` " +
  "loads it back (or use that server's own backup tools).";

/** The local Neo4j's home; a remote NEO4J_URI is refused with `instead`, what to do for that server. */
export function localHome(config: Config, verb: string, instead: string = BACKUP_INSTEAD): string {
  if (config.neo4jUri !== undefined) {
    throw new InputError(
      `actorgraph ${verb} works on the local Neo4j only; NEO4J_URI points at ${config.neo4jUri}. ${instead}`,
    );
  }
  return resolve(config.localNeo4j.home);
}

export async function makeServerStopped(home: string, log: (line: string) => void): Promise<void> {
  const pid = await serverPidOf(home);
  if (pid === undefined) return;
  const owner = await ownerOf(home);
  if (owner !== undefined) {
    throw new InputError(
      `Neo4j of ${home} is running (pid ${pid}), looked after by process ${owner} (npm start?). ` +
        "Stop it there (Ctrl-C), then run this again: Neo4j Community works on a database offline only while it is stopped.",
    );
  }
  log(`Stopping Neo4j (pid ${pid}), left running by an actorgraph process that is gone…`);
  await stopServerProcess(pid);
  await rm(join(home, "run", "actorgraph.json"), { force: true });
  log("  stopped; `npm start` starts it again.");
}
