import { ACTOR_FIELDS } from "../model/article-graph.ts";
import type { Corpus } from "./read-corpus.ts";

export const CSV_TABLES = ["relations", "actors", "mentions", "articles"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** RFC 4180: quote a field when it holds a comma, quote or line break; lists joined by "; ". */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function* table(rows: readonly object[], columns: readonly string[]): Generator<string> {
  yield columns.join(",");
  for (const row of rows) yield columns.map((c) => field((row as Record<string, unknown>)[c])).join(",");
}

/**
 * One table of the corpus as CSV, for pandas and spreadsheets. The relations table carries both ends' names
 * beside their ids, so it reads on its own.
 */
export function corpusToCsv(corpus: Corpus, which: CsvTable): Generator<string> {
  switch (which) {
    case "relations": {
      const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
      const rows = corpus.relations.map((r) => ({
        ...r,
        sourceName: names.get(r.source),
        targetName: names.get(r.target),
      }));
      return table(rows, [
        "id",
        "articleId",
        "source",
        "sourceName",
        "type",
        "target",
        "targetName",
        "status",
        "date",
        "dateFrom",
        "dateTo",
        "dateText",
        "attributedTo",
        "quantity",
        "quantityText",
        "role",
        "cameo",
        "plover",
        "ploverMode",
        "evidence",
        "start",
        "end",
        "evidenceSource",
        "note",
      ]);
    }
    case "actors":
      return table(corpus.actors, ACTOR_FIELDS);
    case "mentions":
      return table(corpus.mentions, ["articleId", "actorId", "count", "offsets", "forms"]);
    case "articles":
      return table(corpus.articles, ["id", "title", "date", "dateline", "source", "url", "text"]);
  }
}
