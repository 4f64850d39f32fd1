import { Command, Option } from "commander";
import { CSV_TABLES } from "../corpus/write-csv.ts";
import { exitOnError } from "../errors.ts";
import { actorsDuplicatesCommand } from "./actors-duplicates-command.ts";
import { actorsMergeCommand } from "./actors-merge-command.ts";
import { actorsShowCommand } from "./actors-show-command.ts";
import { backupCommand, restoreCommand } from "./backup-command.ts";
import { draftCommand } from "./draft-command.ts";
import { eventsCommand } from "./events-command.ts";
import { EXPORT_FORMATS, exportCommand } from "./export-command.ts";
import { extractCommand } from "./extract-command.ts";
import { importCommand } from "./import-command.ts";
import { ingestCommand } from "./ingest-command.ts";
import { quotesCommand } from "./quotes-command.ts";
import { removeCommand } from "./remove-command.ts";
import { statsCommand } from "./stats-command.ts";
import { summariesCommand } from "./summaries-command.ts";
import { validateCommand } from "./validate-command.ts";

// Exit codes: 0 done; 1 bad input (annotation, article, arguments, taken port), nothing written; 2 unexpected failure.
const run =
  <A extends unknown[]>(command: (...args: A) => Promise<number>) =>
  async (...args: A) => {
    process.exitCode = await command(...args);
  };

const program = new Command()
  .name("actorgraph")
  .description(
    "Turn annotated news articles into a sourced graph of political actors in Neo4j.\n" +
      "Commands that need the database use NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or start the local Neo4j.",
  )
  .showHelpAfterError()
  .addHelpText("after", "\nExit codes: 0 done; 1 bad input, nothing written; 2 unexpected failure.");

const dateOption = new Option("--date <YYYY-MM-DD>", "publication date, for articles without a date header");

program
  .command("validate")
  .description("check annotation files against their articles and the corpus; no database needed")
  .argument("<annotation...>", "annotation files (YAML)")
  .addOption(dateOption)
  .option("--explain", "print which words of the article name which actor, with offsets")
  .action(run(validateCommand));

program
  .command("quotes")
  .description("each whole-word occurrence of some words in an article: its number, offsets and context")
  .argument("<article>", "the article text")
  .argument("<words>", "the words to find")
  .addOption(dateOption)
  .action(run(quotesCommand));

const actors = program.command("actors").description("the graph's actors: duplicates, merges, details");

actors
  .command("duplicates")
  .description("list pairs of actors that are probably one, with their evidence")
  .option("--min-score <score>", "lowest similarity to list, 0 to 1 (default 0.8)")
  .action(run(actorsDuplicatesCommand));

actors
  .command("merge")
  .description("make DROP part of KEEP in one transaction, and record it so later ingests map DROP to KEEP")
  .argument("<keep>", "the actor that stays")
  .argument("<drop>", "the actor merged into it")
  .option("--allow-kind-change", "merge actors of two kinds (the kept actor's kind holds)")
  .option("--note <text>", "why, recorded in data/actor-merges.tsv")
  .action(run(actorsMergeCommand));

actors
  .command("show")
  .description("an actor with its forms, the articles naming it and its relations")
  .argument("<id>", "the actor's id")
  .action(run(actorsShowCommand));

program
  .command("ingest")
  .description("validate an annotation against its article and the graph, then load it in one transaction")
  .argument("<article>", "the article text (a `date YYYY-MM-DD` header, or --date)")
  .argument("<annotation>", "its annotation (YAML)")
  .addOption(dateOption)
  .action(run(ingestCommand));

program
  .command("draft")
  .description("write a starting annotation: metadata, known actors found in the text, candidate names")
  .argument("<article>", "the article text")
  .addOption(dateOption)
  .option("-o, --out <file>", "write here instead of stdout")
  .option("--force", "overwrite --out if it exists")
  .option("--annotations <dir>", "where the known actors' annotations are (default: data/annotations)")
  .action(run(draftCommand));

program
  .command("extract")
  .description(
    "machine-code articles with Stanford CoreNLP into draft annotations for review (coder: machine on each relation)",
  )
  .argument("<article...>", "article texts (each with a `date YYYY-MM-DD` header)")
  .option("-o, --out <dir>", "where the drafts go, as <article id>.yaml (default: data/drafts)")
  .option("--ingest", "also load each draft at once, its relations machine-coded")
  .option(
    "--force",
    "overwrite an existing draft, and with --ingest replace an article whose relations a researcher coded",
  )
  .action(run(extractCommand));

program
  .command("remove")
  .description("remove an article, its relations and mentions, and actors no other article mentions")
  .argument("<article-id>", "the article's id")
  .action(run(removeCommand));

program
  .command("export")
  .description("write the whole graph with provenance")
  .addOption(new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).default("jsonl"))
  .addOption(
    new Option("--table <table>", "with --format csv: which table").choices(CSV_TABLES).default("relations"),
  )
  .option("-o, --out <file>", "write here instead of stdout")
  .action(run(exportCommand));

program
  .command("import")
  .description("load a JSON-lines export into the database (one transaction per batch of articles)")
  .argument("<export>", "a file written by `actorgraph export --format jsonl`")
  .option(
    "--offline",
    "first load of a large corpus into the local Neo4j: stop it, neo4j-admin database import, start it",
  )
  .option("--replace", "with --offline: replace a database that holds a graph already")
  .action(run(importCommand));

program
  .command("backup")
  .description("copy the local Neo4j's database to a file (neo4j-admin dump; the server must be stopped)")
  .argument("<file>", "the dump file to write")
  .option("--force", "overwrite the file if it exists")
  .action(run(backupCommand));

program
  .command("restore")
  .description(
    "replace the local Neo4j's database by a backup (neo4j-admin load; the server must be stopped)",
  )
  .argument("<file>", "a file written by `actorgraph backup`")
  .option("--force", "replace the database that is there")
  .action(run(restoreCommand));

program
  .command("events")
  .description("events across articles: relations that report the same event, grouped (docs/model.md)")
  .option("--rebuild", "group every relation anew, for a graph loaded before events existed")
  .action(run(eventsCommand));

program.command("stats").description("counts per label, relation type and article").action(run(statsCommand));

program
  .command("summaries")
  .description("the pair summaries (INTERACTS): how many; with --rebuild, all recomputed from the relations")
  .option("--rebuild", "recompute every pair summary from the relations (a database from before them)")
  .action(run(summariesCommand));

await program.parseAsync().catch(exitOnError);
