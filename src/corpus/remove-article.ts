import type { Driver } from "neo4j-driver";
import { InputError } from "../errors.ts";
import { pairsOfArticle, refreshPairSummaries } from "../loader/pair-summaries.ts";
import { regroupEvents } from "../loader/regroup-events.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { articleRelations } from "../neo4j/typed-cypher.ts";

export interface RemoveSummary {
  readonly relations: number;
  readonly actorsRemoved: readonly string[];
}

/**
 * Removes an article, its relations and mentions, and the actors no remaining article mentions, in one
 * transaction. An unknown id is an error, so a typo does not look like success.
 */
export async function removeArticle(
  driver: Driver,
  database: string,
  articleId: string,
): Promise<RemoveSummary> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const removed = await tx.run(cypherStatement("corpus/remove-article"), { articleId });
      const record = removed.records[0];
      if (!record) throw new InputError(`no article "${articleId}" in the graph`);
      const pairs = await pairsOfArticle(tx, articleId);
      const relations = await tx.run(articleRelations("DELETE r"), { articleId });
      await regroupEvents(tx, pairs);
      const actorIds: string[] = record.get("actorIds");
      const orphans = await tx.run(cypherStatement("loader/delete-orphan-actors"), { actorIds });
      await refreshPairSummaries(tx, pairs);
      return {
        relations: relations.summary.counters.updates().relationshipsDeleted,
        actorsRemoved: orphans.records.map((r) => r.get("id") as string),
      };
    });
  } finally {
    await session.close();
  }
}
