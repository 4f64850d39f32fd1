import type { Driver } from "neo4j-driver";
import type { ArticleGraph } from "../model/article-graph.ts";
import type { ActorRow } from "../model/rows.ts";
import { ACTOR_KINDS, relationTypeDefinition } from "../model/vocabulary.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { type LoadSummary, loadArticle } from "./load-article.ts";
import { refreshPairSummaries } from "./pair-summaries.ts";
import { regroupEvents } from "./regroup-events.ts";

/**
 * Loads many validated articles with the fewest round trips, for bulk imports (years of news, the benchmark).
 *
 * Articles new to the graph are written together in ONE transaction, through the same statements as
 * `loadArticle` in their UNWIND form: nothing of an old version needs deleting, so the per-article lookups and
 * deletes (a dozen index seeks per relation type) are skipped. Articles already in the graph, and a second copy
 * of an id within the batch, are replaced afterwards one by one through `loadArticle`, exactly as before.
 *
 * Semantics are those of `loadArticle`: every article ends up exactly as its graph says; on any error the new
 * articles' transaction rolls back as a whole, so nothing is half-written (a batch is all or nothing).
 */
export async function loadArticles(
  driver: Driver,
  graphs: readonly ArticleGraph[],
  database: string,
): Promise<LoadSummary[]> {
  for (const graph of graphs) {
    const unknown = graph.relations.find((r) => relationTypeDefinition(r.type) === undefined);
    if (unknown) throw new Error(`${unknown.id}: "${unknown.type}" is not a relation type of the vocabulary`);
  }
  const session = driver.session({ database });
  let later: ArticleGraph[];
  let summaries: LoadSummary[];
  try {
    [summaries, later] = await session.executeWrite(async (tx) => {
      const ids = graphs.map((g) => g.article.id);
      const found = await tx.run(cypherStatement("loader/existing-articles"), { ids });
      const existing = new Set<string>(found.records[0]?.get("ids") ?? []);
      const fresh: ArticleGraph[] = [];
      const deferred: ArticleGraph[] = [];
      const seen = new Set<string>();
      for (const graph of graphs) {
        const id = graph.article.id;
        if (existing.has(id) || seen.has(id)) deferred.push(graph);
        else fresh.push(graph);
        seen.add(id);
      }
      if (fresh.length === 0) return [[], deferred] as const;

      await tx.run(cypherStatement("loader/merge-articles"), { articles: fresh.map((g) => g.article) });
      await tx.run(cypherStatement("loader/merge-actors"), {
        actors: mergedActors(fresh),
        kinds: ACTOR_KINDS,
      });
      await tx.run(cypherStatement("loader/create-mentions-bulk"), {
        mentions: fresh.flatMap((g) => g.mentions.map((m) => ({ ...m, articleId: g.article.id }))),
      });
      const relations = fresh.flatMap((g) => g.relations);
      const created = await tx.run(cypherStatement("loader/create-relations"), { relations });
      const written = created.summary.counters.updates().relationshipsCreated;
      if (written !== relations.length) {
        throw new Error(
          `${relations.length - written} of ${relations.length} relations name actors that are not in the graph; nothing was written`,
        );
      }
      await refreshPairSummaries(tx, relations);
      await regroupEvents(tx, relations);
      const done: LoadSummary[] = fresh.map((g) => ({
        articleId: g.article.id,
        actors: g.actors.length,
        relations: g.relations.length,
        mentions: g.mentions.length,
        relationsRemoved: 0,
        relationsAdded: g.relations.length,
        actorsRemoved: 0,
      }));
      return [done, deferred] as const;
    });
  } finally {
    await session.close();
  }
  const result = [...summaries];
  for (const graph of later) result.push(await loadArticle(driver, graph, database));
  return result;
}

/**
 * One row per actor id across the batch, with the aliases (and the actors declared distinct) of every article in
 * order: merge-actors.cypher run on these rows leaves the same lists as running it article by article.
 */
export function mergedActors(graphs: readonly ArticleGraph[]): ActorRow[] {
  const byId = new Map<string, ActorRow>();
  for (const graph of graphs) {
    for (const actor of graph.actors) {
      const before = byId.get(actor.id);
      if (!before) {
        byId.set(actor.id, actor);
        continue;
      }
      // The later article's fields win, as they would when loaded later; lists gather (later ones last).
      const gather = (earlier: readonly string[], later: readonly string[]) => [
        ...earlier.filter((x) => !later.includes(x)),
        ...later,
      ];
      byId.set(actor.id, {
        ...actor,
        aliases: gather(before.aliases, actor.aliases),
        distinctFrom: gather(before.distinctFrom, actor.distinctFrom),
      });
    }
  }
  return [...byId.values()];
}
