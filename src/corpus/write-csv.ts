import type { FieldType } from "../model/rows.ts";
import {
  actorColumns,
  articleColumns,
  type Column,
  mentionColumns,
  relationColumns,
  relationLookups,
} from "./export-columns.ts";
import type { CorpusStreams } from "./read-corpus.ts";

export const CSV_TABLES = ["relations", "actors", "mentions", "articles"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Lists are written as one field, joined by this separator. */
export const LIST_SEPARATOR = "; ";

/** RFC 4180: quote a field when it holds a comma, quote or line break. */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function* csv<Row>(columns: readonly Column<Row>[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield columns.map((c) => c.name).join(",");
  for await (const row of rows) yield columns.map((c) => field(c.value(row))).join(",");
}

/**
 * One table of the corpus as CSV, for pandas and spreadsheets: a header, then one line per row. The relations
 * table carries names and the article's date and title beside the ids, so it reads on its own.
 */
export async function* corpusToCsv(corpus: CorpusStreams, which: CsvTable): AsyncGenerator<string> {
  switch (which) {
    case "relations":
      yield* csv(relationColumns(await relationLookups(corpus)), corpus.relations());
      return;
    case "actors":
      yield* csv(actorColumns(), corpus.actors());
      return;
    case "mentions":
      yield* csv(mentionColumns(), corpus.mentions());
      return;
    case "articles":
      yield* csv(articleColumns(), corpus.articles());
      return;
  }
}

function columnsOf(which: CsvTable): readonly Omit<Column<never>, "value">[] {
  switch (which) {
    case "relations":
      return relationColumns({ names: new Map(), articles: new Map() });
    case "actors":
      return actorColumns();
    case "mentions":
      return mentionColumns();
    case "articles":
      return articleColumns();
  }
}

// Dates are left to `parse_dates`: pandas ignores it for a column that also has a dtype.
const PANDAS_DTYPE = {
  string: "string",
  "string-list": "string",
  "integer-list": "string",
  integer: "Int64",
  number: "Float64",
} as const;
const isList = (type: FieldType) => type === "string-list" || type === "integer-list";

/**
 * The CSV's types, as a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) with a
 * `pandas` block: without it pandas reads CAMEO "036" as the number 36 and an integer column with blanks as
 * floats. `pd.read_csv(csv, dtype=s["pandas"]["dtype"], parse_dates=s["pandas"]["parse_dates"])` reads it as
 * meant. Lists are strings joined by "; ".
 */
export function csvTableSchema(which: CsvTable): object {
  const columns = columnsOf(which);
  return {
    fields: columns.map((c) => ({
      name: c.name,
      type: isList(c.type) ? "string" : c.type,
      description: isList(c.type) ? `${c.description}; a list joined by "${LIST_SEPARATOR}"` : c.description,
    })),
    missingValues: [""],
    pandas: {
      dtype: Object.fromEntries(
        columns.flatMap((c) => (c.type === "date" ? [] : [[c.name, PANDAS_DTYPE[c.type]]])),
      ),
      parse_dates: columns.filter((c) => c.type === "date").map((c) => c.name),
    },
  };
}
