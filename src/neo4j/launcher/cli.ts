import { readConfig } from "../../config.ts";
import { exitOnError, InputError } from "../../errors.ts";
import { assembleDistribution } from "./distribution.ts";
import { startNeo4j } from "./start-neo4j.ts";
import { stopOnSignal } from "./stop-child.ts";

/**
 * `npm run neo4j:build` assembles the jars; `npm run neo4j` runs the local Neo4j in the foreground until
 * Ctrl-C (for people who want the database without the API).
 */
async function main(command: string | undefined): Promise<void> {
  if (command === "build") {
    await assembleDistribution();
    return;
  }
  if (command !== "start") throw new InputError("usage: cli.ts build|start");
  const config = readConfig();
  const { localNeo4j } = config;
  const server = await startNeo4j({ ...localNeo4j, password: config.neo4jPassword });
  console.log(
    `Neo4j Browser: ${server.browserUrl} (user ${server.user}); Bolt: ${server.boltUri}. Ctrl-C stops it.`,
  );
  if (!server.startedHere && !server.adopted) return;
  await stopOnSignal("Neo4j", () => server.stop());
}

main(process.argv[2]).catch(exitOnError);
