import { readConfig } from "../../config.ts";
import { exitOnError, InputError } from "../../errors.ts";
import { stopOnSignal } from "../../neo4j/launcher/stop-child.ts";
import { assembleCoreNLP } from "./distribution.ts";
import { startCoreNLP } from "./start-corenlp.ts";

/**
 * `npm run corenlp:build` fetches CoreNLP and its models ahead of the first extraction (CI does this);
 * `npm run corenlp` runs the local CoreNLP server in the foreground until Ctrl-C, so that a series of
 * extractions shares one warm server.
 */
async function main(command: string | undefined): Promise<void> {
  if (command === "build") {
    await assembleCoreNLP();
    return;
  }
  if (command !== "start") throw new InputError("usage: cli.ts build|start");
  const { corenlp } = readConfig();
  const server = await startCoreNLP({ ...corenlp.local, timeoutMs: corenlp.timeoutMs });
  if (!server.startedHere) return;
  console.log(`CoreNLP answers on ${server.url}. Ctrl-C stops it.`);
  await stopOnSignal("CoreNLP", () => server.stop());
}

main(process.argv[2]).catch(exitOnError);
