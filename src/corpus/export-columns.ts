import type { ActorRow, ArticleRow, RelationRow } from "../model/rows.ts";
import {
  ACTOR_FIELDS,
  ARTICLE_FIELDS,
  type FieldType,
  MENTION_FIELDS,
  RELATION_FIELDS,
  type RelationField,
} from "../model/rows.ts";
import type { CorpusMention, CorpusStreams } from "./read-corpus.ts";

/**
 * The columns of each exported table, taken from the model's field tables (src/model/rows.ts) in their order,
 * with the names and article details a researcher wants beside the ids so one table reads on its own. Each
 * column keeps its type, which the CSV's schema file and GraphML's attribute types declare.
 */
export interface Column<Row> {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  value(row: Row): unknown;
}

type Fields = Record<string, { readonly type: FieldType; readonly description: string }>;

/** One column per field of a model table, reading the row's property of that name. */
function fieldColumns<Row>(fields: Fields, except: readonly string[] = []): Column<Row>[] {
  return Object.entries(fields)
    .filter(([name]) => !except.includes(name))
    .map(([name, f]) => ({
      name,
      type: f.type,
      description: f.description,
      value: (row: Row) => (row as Record<string, unknown>)[name],
    }));
}

const textColumn = <Row>(name: string, description: string, value: (row: Row) => unknown): Column<Row> => ({
  name,
  type: "string",
  description,
  value,
});

/**
 * What the relations table writes beside the ids: each actor's name, each article's date and title. Small beside
 * the relations (no article text), so an export keeps them while it streams the relations.
 */
export interface RelationLookups {
  readonly names: ReadonlyMap<string, string>;
  readonly articles: ReadonlyMap<string, Pick<ArticleRow, "date" | "title">>;
}

export async function relationLookups(corpus: CorpusStreams): Promise<RelationLookups> {
  const names = new Map<string, string>();
  for await (const a of corpus.actors()) names.set(a.id, a.name);
  const articles = new Map<string, Pick<ArticleRow, "date" | "title">>();
  for await (const a of corpus.articles()) articles.set(a.id, { date: a.date, title: a.title });
  return { names, articles };
}

/** The relations table: every relation field; after each actor id its name, after the article id its date and title. */
export function relationColumns({ names, articles }: RelationLookups): Column<RelationRow>[] {
  type Row = RelationRow;
  const nameOf = (field: "source" | "target" | "attributedTo") =>
    textColumn<Row>(`${field}Name`, `Name of the actor in ${field}`, (r) => {
      const id = r[field];
      return id === null ? null : names.get(id);
    });
  const after: Partial<Record<RelationField, Column<Row>[]>> = {
    articleId: [
      {
        ...textColumn<Row>(
          "articleDate",
          "The article's publication date",
          (r) => articles.get(r.articleId)?.date,
        ),
        type: "date",
      },
      textColumn<Row>("articleTitle", "The article's headline", (r) => articles.get(r.articleId)?.title),
    ],
    source: [nameOf("source")],
    target: [nameOf("target")],
    attributedTo: [nameOf("attributedTo")],
  };
  return fieldColumns<Row>(RELATION_FIELDS).flatMap((c) => [c, ...(after[c.name as RelationField] ?? [])]);
}

export const actorColumns = () => fieldColumns<ActorRow>(ACTOR_FIELDS);

export const mentionColumns = (): Column<CorpusMention>[] => [
  textColumn<CorpusMention>("articleId", "The article that mentions the actor", (m) => m.articleId),
  ...fieldColumns<CorpusMention>(MENTION_FIELDS),
];

export const articleColumns = () => fieldColumns<ArticleRow>(ARTICLE_FIELDS);
