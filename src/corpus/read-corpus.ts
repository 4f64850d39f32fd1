import type { Driver } from "neo4j-driver";
import {
  type ActorRow,
  type ArticleRow,
  type MentionRow,
  type RelationRow,
  storedRowSchemas,
} from "../model/rows.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

export interface CorpusMention extends MentionRow {
  readonly articleId: string;
}

/**
 * The whole graph as streams of rows, one kind at a time: what export writes and import reads back. Rows come
 * from Neo4j in batches as the writer consumes them, so an export holds one batch, not the corpus, in memory.
 * Each call starts a new read of the graph.
 */
export interface CorpusStreams {
  articles(): AsyncGenerator<ArticleRow>;
  actors(): AsyncGenerator<ActorRow>;
  mentions(): AsyncGenerator<CorpusMention>;
  relations(): AsyncGenerator<RelationRow>;
}

/** How many records the driver fetches at a time: the most an export holds. */
const BATCH = 1000;

/**
 * Every row of the graph, checked against the model's schemas: Neo4j stores no nulls, so absent properties come
 * back as null and every export has every field.
 */
export function corpusStreams(driver: Driver, database: string): CorpusStreams {
  async function* rows<Row>(
    name: string,
    row: (record: Record<string, unknown>) => Row,
  ): AsyncGenerator<Row> {
    const session = driver.session({ database, defaultAccessMode: "READ", fetchSize: BATCH });
    try {
      for await (const record of session.run(cypherStatement(name))) yield row(record.toObject());
    } finally {
      await session.close();
    }
  }
  return {
    articles: () => rows("corpus/export-articles", (r) => storedRowSchemas.article.parse(r.article)),
    actors: () => rows("corpus/export-actors", (r) => storedRowSchemas.actor.parse(r.actor)),
    mentions: () => rows("corpus/export-mentions", (r) => storedRowSchemas.mention.parse(r)),
    relations: () => rows("corpus/export-relations", (r) => storedRowSchemas.relation.parse(r.relation)),
  };
}
