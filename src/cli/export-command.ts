import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { type CorpusStreams, corpusStreams } from "../corpus/read-corpus.ts";
import { type CsvTable, corpusToCsv, csvTableSchema } from "../corpus/write-csv.ts";
import { corpusToGraphml } from "../corpus/write-graphml.ts";
import { corpusToJsonl } from "../corpus/write-jsonl.ts";
import { withDatabase } from "./with-database.ts";

export const EXPORT_FORMATS = ["jsonl", "graphml", "csv"] as const;

/** relations.csv → relations.schema.json, beside it. */
export const schemaPath = (csvFile: string) => `${csvFile.replace(/\.csv$/i, "")}.schema.json`;

type Kind = keyof CorpusStreams;

/** The streams, counting the rows of each kind as the writer takes them. */
function counted(streams: CorpusStreams, counts: Record<Kind, number>): CorpusStreams {
  const count = <Row>(kind: Kind, stream: () => AsyncGenerator<Row>) =>
    async function* () {
      for await (const row of stream()) {
        counts[kind]++;
        yield row;
      }
    };
  return {
    articles: count("articles", streams.articles),
    actors: count("actors", streams.actors),
    mentions: count("mentions", streams.mentions),
    relations: count("relations", streams.relations),
  };
}

async function writeLines(lines: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
}

/**
 * Streams the graph to a file or stdout, one batch of rows at a time, so memory stays flat however large the
 * corpus. A file is written under a temporary name and renamed when complete: a failed export leaves no
 * half-written file. `format` and `table` arrive checked: the command line offers them as choices
 * (src/cli/actorgraph.ts).
 */
export async function exportCommand(options: {
  format: (typeof EXPORT_FORMATS)[number];
  out?: string;
  table: CsvTable;
}): Promise<number> {
  return withDatabase(async ({ driver, database }) => {
    const counts: Record<Kind, number> = { articles: 0, actors: 0, mentions: 0, relations: 0 };
    const corpus = counted(corpusStreams(driver, database), counts);
    const lines =
      options.format === "jsonl"
        ? corpusToJsonl(corpus)
        : options.format === "graphml"
          ? corpusToGraphml(corpus)
          : corpusToCsv(corpus, options.table);
    if (options.out) {
      const partial = `${options.out}.partial`;
      const file = createWriteStream(partial);
      try {
        await writeLines(lines, file);
        file.end();
        await once(file, "finish");
        await rename(partial, options.out);
      } catch (error) {
        file.destroy();
        await rm(partial, { force: true });
        throw error;
      }
    } else {
      await writeLines(lines, process.stdout);
    }
    const what =
      options.format === "csv"
        ? `${counts[options.table]} ${options.table} row(s)`
        : `${counts.articles} article(s), ${counts.actors} actor(s), ${counts.mentions} mention(s), ${counts.relations} relation(s)`;
    console.error(`Exported ${what} as ${options.format}${options.out ? ` to ${options.out}` : ""}.`);
    if (options.format === "csv") {
      // CSV has no types: without its schema pandas reads CAMEO "036" as 36 and gappy integers as floats.
      const schema = `${JSON.stringify(csvTableSchema(options.table), null, 2)}\n`;
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
