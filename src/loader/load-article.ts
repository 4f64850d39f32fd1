import type { Driver } from "neo4j-driver";
import type { ArticleGraph } from "../model/article-graph.ts";
import { ACTOR_KINDS, relationTypeDefinition } from "../model/vocabulary.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { articleRelations } from "../neo4j/typed-cypher.ts";
import { pairsOfArticle, refreshPairSummaries } from "./pair-summaries.ts";
import { regroupEvents } from "./regroup-events.ts";

export interface LoadSummary {
  readonly articleId: string;
  readonly actors: number;
  readonly relations: number;
  readonly mentions: number;
  /** Relations of this article that were in the graph before and are not in this annotation. */
  readonly relationsRemoved: number;
  /** Relations new to the graph (by id). */
  readonly relationsAdded: number;
  /** Actors removed because no article mentions them any more. */
  readonly actorsRemoved: number;
}

/**
 * Writes one validated article in one transaction: its actors (merged by id), then its mentions and relations
 * replaced exactly, so loading twice changes nothing and an edited annotation leaves nothing stale. On any
 * error the transaction rolls back and the graph is as it was.
 */
export async function loadArticle(
  driver: Driver,
  graph: ArticleGraph,
  database: string,
): Promise<LoadSummary> {
  const articleId = graph.article.id;
  // The relationship type is written from the row, so it is checked here too, not only by the validator.
  const unknown = graph.relations.find((r) => relationTypeDefinition(r.type) === undefined);
  if (unknown) throw new Error(`${unknown.id}: "${unknown.type}" is not a relation type of the vocabulary`);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const previous = await tx.run(cypherStatement("loader/previous-actors"), { articleId });
      const previousActorIds: string[] = previous.records[0]?.get("ids") ?? [];
      const oldRelations = await tx.run(articleRelations("RETURN collect(r.id) AS ids"), { articleId });
      const oldIds = new Set<string>(oldRelations.records[0]?.get("ids") ?? []);
      const oldPairs = await pairsOfArticle(tx, articleId);

      await tx.run(articleRelations("DELETE r"), { articleId });
      await tx.run(cypherStatement("loader/delete-article-mentions"), { articleId });
      await tx.run(cypherStatement("loader/merge-article"), { article: graph.article });
      await tx.run(cypherStatement("loader/merge-actors"), { actors: graph.actors, kinds: ACTOR_KINDS });
      await tx.run(cypherStatement("loader/create-mentions"), { articleId, mentions: graph.mentions });
      const created = await tx.run(cypherStatement("loader/create-relations"), {
        relations: graph.relations,
      });
      // A relation whose actor is missing would match nothing and vanish silently; throwing rolls back.
      const written = created.summary.counters.updates().relationshipsCreated;
      if (written !== graph.relations.length) {
        throw new Error(
          `${articleId}: ${graph.relations.length - written} of ${graph.relations.length} relations name actors that are not in the graph; nothing was written`,
        );
      }
      // The pairs the old version joined and those the new one joins: only their events can change.
      await regroupEvents(tx, [...oldPairs, ...graph.relations]);
      const orphans = await tx.run(cypherStatement("loader/delete-orphan-actors"), {
        actorIds: previousActorIds,
      });
      await refreshPairSummaries(tx, [...oldPairs, ...graph.relations]);

      const newIds = new Set(graph.relations.map((r) => r.id));
      return {
        articleId,
        actors: graph.actors.length,
        relations: graph.relations.length,
        mentions: graph.mentions.length,
        relationsRemoved: [...oldIds].filter((id) => !newIds.has(id)).length,
        relationsAdded: [...newIds].filter((id) => !oldIds.has(id)).length,
        actorsRemoved: orphans.records.length,
      };
    });
  } finally {
    await session.close();
  }
}
