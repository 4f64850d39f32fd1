import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { readCorpus } from "../corpus/read-corpus.ts";
import { type CsvTable, corpusToCsv, csvTableSchema } from "../corpus/write-csv.ts";
import { corpusToGraphml } from "../corpus/write-graphml.ts";
import { corpusToJsonl } from "../corpus/write-jsonl.ts";
import { withDatabase } from "./with-database.ts";

export const EXPORT_FORMATS = ["jsonl", "graphml", "csv"] as const;

/** relations.csv → relations.schema.json, beside it. */
export const schemaPath = (csvFile: string) => `${csvFile.replace(/\.csv$/i, "")}.schema.json`;

/** `format` and `table` arrive checked: the command line offers them as choices (src/cli/actorgraph.ts). */
export async function exportCommand(options: {
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
  table: CsvTable;
}): Promise<number> {
  return withDatabase(async ({ driver, database }) => {
    const corpus = await readCorpus(driver, database);
    const lines =
      options.format === "jsonl"
        ? corpusToJsonl(corpus)
        : options.format === "graphml"
          ? corpusToGraphml(corpus)
          : corpusToCsv(corpus, options.table);
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
    if (options.format === "csv") {
      // CSV has no types: without its schema pandas reads CAMEO "036" as 36 and gappy integers as floats.
      const schema = `${JSON.stringify(csvTableSchema(corpus, options.table), null, 2)}\n`;
      if (options.out) {
        const schemaFile = schemaPath(options.out);
        await writeFile(schemaFile, schema);
        console.error(`Column types in ${schemaFile} (Table Schema, with pandas' dtype and parse_dates).`);
      } else {
        console.error(
          "Give --out to write the column types beside the CSV as a Table Schema (.schema.json).",
        );
      }
    }
    return 0;
  });
}
