import { exitOnError, InputError } from "../../errors.ts";
import { assembleCoreNLP } from "./distribution.ts";

/** `npm run corenlp:build` fetches CoreNLP and its models ahead of the first extraction (CI does this). */
async function main(command: string | undefined): Promise<void> {
  if (command === "build") {
    await assembleCoreNLP();
    return;
  }
  throw new InputError("usage: cli.ts build");
}

main(process.argv[2]).catch(exitOnError);
