import type { Driver } from "neo4j-driver";
import type { ActorRow, ArticleRow, MentionRow, RelationRow } from "../model/article-graph.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { knownActorsFromGraph } from "./known-actors.ts";

export interface CorpusMention extends MentionRow {
  readonly articleId: string;
}

/** The whole graph as rows: what export writes and import reads back. */
export interface Corpus {
  readonly articles: readonly ArticleRow[];
  readonly actors: readonly ActorRow[];
  readonly mentions: readonly CorpusMention[];
  readonly relations: readonly RelationRow[];
}

export async function readCorpus(driver: Driver, database: string): Promise<Corpus> {
  const rows = async (name: string) =>
    (await driver.executeQuery(cypherStatement(name), {}, { database, routing: "READ" })).records;
  const articles = (await rows("corpus/export-articles")).map((r) => r.get("article") as ArticleRow);
  const actors = [...(await knownActorsFromGraph(driver, database)).values()];
  const mentions = (await rows("corpus/export-mentions")).map((r) => r.toObject() as CorpusMention);
  const relations = (await rows("corpus/export-relations")).map((r) => {
    const rel = r.get("relation") as RelationRow;
    // Properties Neo4j does not store (null) come back absent; the export keeps every field.
    return {
      ...rel,
      date: rel.date ?? null,
      dateFrom: rel.dateFrom ?? null,
      dateTo: rel.dateTo ?? null,
      dateText: rel.dateText ?? null,
      attributedTo: rel.attributedTo ?? null,
      quantity: rel.quantity ?? null,
      quantityText: rel.quantityText ?? null,
      role: rel.role ?? null,
      cameo: rel.cameo ?? null,
      cameoRoot: rel.cameoRoot ?? null,
      plover: rel.plover ?? null,
      ploverMode: rel.ploverMode ?? null,
      note: rel.note ?? null,
    };
  });
  return {
    articles: articles.map((a) => ({
      ...a,
      dateline: a.dateline ?? null,
      source: a.source ?? null,
      url: a.url ?? null,
    })),
    actors: actors.map((a) => ({
      ...a,
      sector: a.sector ?? null,
      country: a.country ?? null,
      wikidata: a.wikidata ?? null,
    })),
    mentions,
    relations,
  };
}
