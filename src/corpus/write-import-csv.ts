import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { mergedActors } from "../loader/load-articles.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import {
  ACTOR_FIELDS,
  ARTICLE_FIELDS,
  type FieldType,
  MENTION_FIELDS,
  RELATION_FIELDS,
} from "../model/rows.ts";

/**
 * The corpus as the CSV of Neo4j's offline importer (`neo4j-admin database import full`): one file each for
 * actors, articles, mentions and relations, with typed headers taken from the model's field tables, so the store
 * it writes holds the very properties the online loader sets.
 */

/** Lists are split on this character; the writer refuses a value that holds it rather than split it wrongly. */
export const ARRAY_DELIMITER = "\u001f";

const IMPORT_TYPES: Record<FieldType, string> = {
  string: "string",
  // Cypher's integers are 64-bit, and so are the online loader's.
  integer: "long",
  number: "double",
  date: "date",
  "string-list": "string[]",
  "integer-list": "long[]",
};

/**
 * One CSV field. A null is an unquoted empty field, which the importer leaves out as the online loader does
 * (`SET x.p = null`). An empty list cannot be written (the importer reads it as no property), so the actors'
 * lists, which the online loader sets even when empty, are filled in once the server runs
 * (cypher/corpus/after-offline-import.cypher).
 */
function field(value: unknown, where: string): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    if (value.length === 0) return "";
    for (const item of value) {
      if (String(item).includes(ARRAY_DELIMITER))
        throw new Error(`${where}: a list item holds the importer's delimiter U+001F`);
    }
    return quote(value.join(ARRAY_DELIMITER));
  }
  return quote(String(value));
}
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

class CsvFile {
  private readonly stream: WriteStream;
  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path);
    this.stream.write(`${header.join(",")}\n`);
  }
  async row(fields: readonly unknown[], where: string): Promise<void> {
    const line = `${fields.map((f) => field(f, where)).join(",")}\n`;
    if (!this.stream.write(line)) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

type Fields = Record<string, { readonly type: FieldType }>;
interface Column {
  readonly name: string;
  readonly header: string;
}

/** The import header of a model table's fields (`name:type`), less those the file states otherwise. */
const columnsOf = (fields: Fields, except: readonly string[]): Column[] =>
  Object.entries(fields)
    .filter(([name]) => !except.includes(name))
    .map(([name, f]) => ({ name, header: `${name}:${IMPORT_TYPES[f.type]}` }));

const valuesOf = (row: object, columns: readonly Column[]) => {
  const values: Record<string, unknown> = { ...row };
  return columns.map((c) => values[c.name]);
};
const headers = (columns: readonly Column[]) => columns.map((c) => c.header);

const ARTICLE_COLUMNS = columnsOf(ARTICLE_FIELDS, ["id"]);
const ACTOR_COLUMNS = columnsOf(ACTOR_FIELDS, ["id"]);
const MENTION_COLUMNS = columnsOf(MENTION_FIELDS, ["actorId"]);
// The ends and the type are the relationship itself.
const RELATION_COLUMNS = columnsOf(RELATION_FIELDS, ["source", "target", "type"]);

export interface ImportFiles {
  readonly dir: string;
  /** The importer's file arguments. */
  readonly args: string[];
  readonly articles: number;
  readonly actors: number;
  readonly relations: number;
}

/**
 * Writes the graphs as importer CSV under `dir` (emptied first). Actors seen in several articles become one row
 * as the online loader's merge leaves them: the later article's fields, the aliases of all.
 */
export async function writeImportCsv(dir: string, graphs: Iterable<ArticleGraph>): Promise<ImportFiles> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const articles = new CsvFile(join(dir, "articles.csv"), ["id:ID(Article)", ...headers(ARTICLE_COLUMNS)]);
  const mentions = new CsvFile(join(dir, "mentions.csv"), [
    ":START_ID(Article)",
    ":END_ID(Actor)",
    ...headers(MENTION_COLUMNS),
  ]);
  const relations = new CsvFile(join(dir, "relations.csv"), [
    ":START_ID(Actor)",
    ":END_ID(Actor)",
    ":TYPE",
    ...headers(RELATION_COLUMNS),
  ]);
  const all: ArticleGraph[] = [];
  let articleCount = 0;
  let relationCount = 0;
  for (const graph of graphs) {
    const a = graph.article;
    await articles.row([a.id, ...valuesOf(a, ARTICLE_COLUMNS)], `article ${a.id}`);
    for (const m of graph.mentions)
      await mentions.row([a.id, m.actorId, ...valuesOf(m, MENTION_COLUMNS)], `${a.id}: mention ${m.actorId}`);
    for (const r of graph.relations) {
      await relations.row([r.source, r.target, r.type, ...valuesOf(r, RELATION_COLUMNS)], `relation ${r.id}`);
      relationCount++;
    }
    articleCount++;
    all.push({ ...graph, mentions: [], relations: [] });
  }
  const actorRows = mergedActors(all);
  const actors = new CsvFile(join(dir, "actors.csv"), ["id:ID(Actor)", ":LABEL", ...headers(ACTOR_COLUMNS)]);
  for (const x of actorRows)
    await actors.row([x.id, ["Actor", x.kind], ...valuesOf(x, ACTOR_COLUMNS)], `actor ${x.id}`);
  await Promise.all([articles.close(), mentions.close(), relations.close(), actors.close()]);
  return {
    dir,
    articles: articleCount,
    actors: actorRows.length,
    relations: relationCount,
    args: [
      `--nodes=${actors.path}`,
      `--nodes=Article=${articles.path}`,
      `--relationships=MENTIONS=${mentions.path}`,
      `--relationships=${relations.path}`,
    ],
  };
}
