import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ActorRow, ArticleGraph } from "../src/model/article-graph.ts";
import { runNeo4jAdmin } from "../src/neo4j/launcher/start-neo4j.ts";
import { addActor } from "./generate-corpus.ts";

/**
 * A second baseline for the loader: Neo4j's offline bulk importer (`neo4j-admin database import full`) on the
 * same rows, written as its CSV. It writes the store directly, without transactions, so it shows how fast an
 * initial load could be when the database can be stopped and replaced whole, which the loader cannot assume.
 */

// Neo4j's CSV: quoted fields with doubled quotes; lists split on this character, which no generated value holds.
const ARRAY_DELIMITER = "|";
const quote = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
};

class CsvFile {
  private readonly stream: WriteStream;
  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path);
    this.stream.write(`${header.join(",")}\n`);
  }
  async row(fields: readonly unknown[]): Promise<void> {
    if (!this.stream.write(`${fields.map(quote).join(",")}\n`)) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

const RELATION_PROPERTIES = [
  ["id", "string"],
  ["articleId", "string"],
  ["category", "string"],
  ["evidence", "string"],
  ["start", "int"],
  ["end", "int"],
  ["evidenceSource", "string"],
  ["date", "string"],
  ["dateFrom", "date"],
  ["dateTo", "date"],
  ["dateText", "string"],
  ["attributedTo", "string"],
  ["status", "string"],
  ["quantity", "int"],
  ["quantityText", "string"],
  ["role", "string"],
  ["cameo", "string"],
  ["cameoRoot", "string"],
  ["plover", "string"],
  ["ploverMode", "string"],
  ["note", "string"],
] as const;

export interface ImportFiles {
  readonly dir: string;
  readonly args: string[];
  readonly relations: number;
}

/** Writes the corpus as neo4j-admin import CSV under `dir`: actors, articles, mentions and relations. */
export async function writeImportCsv(dir: string, corpus: Iterable<ArticleGraph>): Promise<ImportFiles> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const actors = new Map<string, ActorRow>();
  const articles = new CsvFile(join(dir, "articles.csv"), [
    "id:ID(Article)",
    "title",
    "date:date",
    "dateline",
    "text",
    "source",
    "url",
  ]);
  const mentions = new CsvFile(join(dir, "mentions.csv"), [
    ":START_ID(Article)",
    ":END_ID(Actor)",
    "count:int",
    "offsets:int[]",
    "forms:string[]",
  ]);
  const relations = new CsvFile(join(dir, "relations.csv"), [
    ":START_ID(Actor)",
    ":END_ID(Actor)",
    ":TYPE",
    ...RELATION_PROPERTIES.map(([name, type]) => `${name}:${type}`),
  ]);
  let relationCount = 0;
  for (const graph of corpus) {
    const a = graph.article;
    await articles.row([a.id, a.title, a.date, a.dateline, a.text, a.source, a.url]);
    for (const m of graph.mentions) await mentions.row([a.id, m.actorId, m.count, m.offsets, m.forms]);
    for (const r of graph.relations) {
      const row = r as unknown as Record<string, unknown>;
      await relations.row([r.source, r.target, r.type, ...RELATION_PROPERTIES.map(([name]) => row[name])]);
      relationCount++;
    }
    for (const actor of graph.actors) addActor(actors, actor);
  }
  const actorFile = new CsvFile(join(dir, "actors.csv"), [
    "id:ID(Actor)",
    ":LABEL",
    "kind",
    "name",
    "aliases:string[]",
    "description",
    "sector",
    "country",
    "wikidata",
  ]);
  for (const x of actors.values()) {
    await actorFile.row([
      x.id,
      ["Actor", x.kind],
      x.kind,
      x.name,
      x.aliases,
      x.description,
      x.sector,
      x.country,
      x.wikidata,
    ]);
  }
  await Promise.all([articles.close(), mentions.close(), relations.close(), actorFile.close()]);
  return {
    dir,
    relations: relationCount,
    args: [
      `--nodes=Actor=${actorFile.path}`,
      `--nodes=Article=${articles.path}`,
      `--relationships=MENTIONS=${mentions.path}`,
      `--relationships=${relations.path}`,
    ],
  };
}

/** Replaces database `database` of the (stopped) Neo4j at `home` with the imported files. */
export async function runImport(home: string, database: string, files: ImportFiles): Promise<void> {
  // The database name goes first: the file options take several values and would swallow it.
  await runNeo4jAdmin(home, [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    `--report-file=${join(files.dir, "import.report")}`,
    ...files.args,
  ]);
}
