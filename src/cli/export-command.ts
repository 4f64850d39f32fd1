import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readCorpus } from "../corpus/read-corpus.ts";
import { CSV_TABLES, type CsvTable, corpusToCsv } from "../corpus/write-csv.ts";
import { corpusToGraphml } from "../corpus/write-graphml.ts";
import { corpusToJsonl } from "../corpus/write-jsonl.ts";
import { InputError } from "../errors.ts";
import { withDatabase } from "./with-database.ts";

export const EXPORT_FORMATS = ["jsonl", "graphml", "csv"] as const;

export async function exportCommand(options: {
  format: string;
  out?: string;
  table: string;
}): Promise<number> {
  if (!EXPORT_FORMATS.includes(options.format as never)) {
    throw new InputError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${options.format}"`);
  }
  if (!CSV_TABLES.includes(options.table as never)) {
    throw new InputError(`--table must be one of ${CSV_TABLES.join(", ")}, not "${options.table}"`);
  }
  return withDatabase(async ({ driver, database }) => {
    const corpus = await readCorpus(driver, database);
    const lines =
      options.format === "jsonl"
        ? corpusToJsonl(corpus)
        : options.format === "graphml"
          ? corpusToGraphml(corpus)
          : corpusToCsv(corpus, options.table as CsvTable);
    const out = options.out ? createWriteStream(options.out) : process.stdout;
    for (const line of lines) {
      if (!out.write(`${line}\n`)) await once(out, "drain");
    }
    if (options.out) {
      out.end();
      await once(out, "finish");
    }
    console.error(
      `Exported ${corpus.articles.length} article(s), ${corpus.actors.length} actor(s), ${corpus.relations.length} relation(s) as ${options.format}${options.out ? ` to ${options.out}` : ""}.`,
    );
    return 0;
  });
}
