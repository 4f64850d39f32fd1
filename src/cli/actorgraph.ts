import { Command } from "commander";
import { InputError } from "../errors.ts";
import { validateCommand } from "./validate-command.ts";

const program = new Command()
  .name("actorgraph")
  .description("Turn annotated news articles into a sourced graph of political actors in Neo4j.")
  .showHelpAfterError();

program
  .command("validate")
  .description("check annotation files against their articles; no database needed")
  .argument("<annotation...>", "annotation files (YAML)")
  .option("--date <YYYY-MM-DD>", "publication date, for articles without a date header")
  .action(async (files: string[], options: { date?: string }) => {
    process.exitCode = await validateCommand(files, options);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
