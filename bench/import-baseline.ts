import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleGraph } from "../src/model/article-graph.ts";
import {
  ACTOR_FIELDS,
  type ActorRow,
  ARTICLE_FIELDS,
  type FieldType,
  MENTION_FIELDS,
  RELATION_FIELDS,
} from "../src/model/rows.ts";
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

const IMPORT_TYPES: Record<FieldType, string> = {
  string: "string",
  integer: "int",
  number: "double",
  date: "date",
  "string-list": "string[]",
  "integer-list": "int[]",
};

type Fields = Record<string, { readonly type: FieldType }>;

/** The import header of a model table's fields (`name:type`), less those stored otherwise. */
const properties = (fields: Fields, except: readonly string[] = []) =>
  Object.entries(fields)
    .filter(([name]) => !except.includes(name))
    .map(([name, f]) => ({ name, header: `${name}:${IMPORT_TYPES[f.type]}` }));

const valuesOf = (row: object, columns: readonly { name: string }[]) => {
  const values: Record<string, unknown> = { ...row };
  return columns.map((c) => values[c.name]);
};

const ARTICLE_PROPERTIES = properties(ARTICLE_FIELDS, ["id"]);
const ACTOR_PROPERTIES = properties(ACTOR_FIELDS, ["id"]);
const MENTION_PROPERTIES = properties(MENTION_FIELDS, ["actorId"]);
// The ends and the type are the relationship itself.
const RELATION_PROPERTIES = properties(RELATION_FIELDS, ["source", "target", "type"]);

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
  const headers = (columns: readonly { header: string }[]) => columns.map((c) => c.header);
  const articles = new CsvFile(join(dir, "articles.csv"), ["id:ID(Article)", ...headers(ARTICLE_PROPERTIES)]);
  const mentions = new CsvFile(join(dir, "mentions.csv"), [
    ":START_ID(Article)",
    ":END_ID(Actor)",
    ...headers(MENTION_PROPERTIES),
  ]);
  const relations = new CsvFile(join(dir, "relations.csv"), [
    ":START_ID(Actor)",
    ":END_ID(Actor)",
    ":TYPE",
    ...headers(RELATION_PROPERTIES),
  ]);
  let relationCount = 0;
  for (const graph of corpus) {
    const a = graph.article;
    await articles.row([a.id, a.title, a.date, a.dateline, a.text, a.source, a.url]);
    for (const m of graph.mentions) await mentions.row([a.id, m.actorId, m.count, m.offsets, m.forms]);
    for (const r of graph.relations) {
      await relations.row([r.source, r.target, r.type, ...valuesOf(r, RELATION_PROPERTIES)]);
      relationCount++;
    }
    for (const actor of graph.actors) addActor(actors, actor);
  }
  const actorFile = new CsvFile(join(dir, "actors.csv"), [
    "id:ID(Actor)",
    ":LABEL",
    ...headers(ACTOR_PROPERTIES),
  ]);
  for (const x of actors.values())
    await actorFile.row([x.id, ["Actor", x.kind], ...valuesOf(x, ACTOR_PROPERTIES)]);
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
