import type { Driver } from "neo4j-driver";
import { z } from "zod";
import {
  type ActorRow,
  type ArticleRow,
  absentAsNull,
  actorRowSchema,
  articleRowSchema,
  type MentionRow,
  mentionRowSchema,
  type RelationRow,
  relationRowSchema,
} from "../model/rows.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

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

const articleRow = absentAsNull(articleRowSchema);
const actorRow = absentAsNull(actorRowSchema);
const mentionRow = absentAsNull(mentionRowSchema.extend({ articleId: z.string() }));
const relationRow = absentAsNull(relationRowSchema);

/**
 * Every row of the graph, checked against the model's schemas: Neo4j stores no nulls, so absent properties come
 * back as null and every export has every field.
 */
export async function readCorpus(driver: Driver, database: string): Promise<Corpus> {
  const rows = async (name: string) =>
    (await driver.executeQuery(cypherStatement(name), {}, { database, routing: "READ" })).records;
  return {
    articles: (await rows("corpus/export-articles")).map((r) => articleRow.parse(r.get("article"))),
    actors: (await rows("corpus/export-actors")).map((r) => actorRow.parse(r.get("actor"))),
    mentions: (await rows("corpus/export-mentions")).map((r) => mentionRow.parse(r.toObject())),
    relations: (await rows("corpus/export-relations")).map((r) => relationRow.parse(r.get("relation"))),
  };
}
