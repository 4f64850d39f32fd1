import type { Driver, ManagedTransaction } from "neo4j-driver";
import { SUMMARY_CATEGORY_OF } from "../model/vocabulary.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { articleRelations } from "../neo4j/typed-cypher.ts";

/**
 * Pair summaries: one `(:Actor)-[:INTERACTS]->(:Actor)` per ordered pair of actors with relations, holding how
 * many relations and articles join them, their first and last dates, and the relations' count per summary
 * category (cooperative, hostile, structural: SUMMARY_CATEGORY_OF). Drawings and the ego network read one edge
 * per pair instead of expanding every relation of a hub. Relations stay the source of truth: every write that
 * changes the relations between two actors (ingest, bulk load, removal, actor merge) refreshes those pairs'
 * summaries in its own transaction, and `rebuildPairSummaries` recomputes them all.
 */

export interface ActorPair {
  readonly source: string;
  readonly target: string;
}

/** Each ordered pair once. */
function distinctPairs(pairs: Iterable<ActorPair>): ActorPair[] {
  const seen = new Map<string, ActorPair>();
  for (const { source, target } of pairs) seen.set(`${source}\u0000${target}`, { source, target });
  return [...seen.values()];
}

/** The ordered pairs an article's relations join now: read before its relations are replaced or removed. */
export async function pairsOfArticle(tx: ManagedTransaction, articleId: string): Promise<ActorPair[]> {
  const found = await tx.run(
    articleRelations("RETURN collect(DISTINCT {source: startNode(r).id, target: endNode(r).id}) AS pairs"),
    {
      articleId,
    },
  );
  return found.records[0]?.get("pairs") ?? [];
}

/**
 * Recomputes the summaries of `pairs` from their relations, in the caller's transaction: created, updated, or
 * deleted when no relation joins the pair any more. A pair naming an actor that no longer exists is skipped (its
 * summaries went with it).
 */
export async function refreshPairSummaries(
  tx: ManagedTransaction,
  pairs: Iterable<ActorPair>,
): Promise<void> {
  const distinct = distinctPairs(pairs);
  if (distinct.length === 0) return;
  await tx.run(cypherStatement("summaries/refresh-pairs"), {
    pairs: distinct,
    categories: SUMMARY_CATEGORY_OF,
  });
}

/**
 * Before actor `dropId` is merged into `keepId`: deletes `dropId`'s summaries and returns the pairs of `keepId`
 * to refresh once the merge has moved the relations.
 */
export async function detachForMerge(
  tx: ManagedTransaction,
  keepId: string,
  dropId: string,
): Promise<ActorPair[]> {
  const found = await tx.run(cypherStatement("summaries/detach-actor"), { drop: dropId });
  const others: string[] = found.records[0]?.get("others") ?? [];
  return others.flatMap((other) => [
    { source: keepId, target: other },
    { source: other, target: keepId },
  ]);
}

export interface RebuildSummary {
  /** Ordered pairs refreshed: those with relations, and those with a summary but no relation any more. */
  readonly pairs: number;
  /** Summaries in the graph afterwards. */
  readonly summaries: number;
}

/** Pairs refreshed per transaction by a rebuild: small enough for any heap, large enough to be quick. */
const REBUILD_BATCH = 2000;

/**
 * Recomputes every pair summary from the relations, for a database loaded before summaries existed or by the
 * offline importer. Runs in transactions of REBUILD_BATCH pairs, each exact on its own: an interrupted rebuild
 * leaves some pairs refreshed and the rest as they were, and running it again finishes the job.
 */
export async function rebuildPairSummaries(driver: Driver, database: string): Promise<RebuildSummary> {
  const { records } = await driver.executeQuery(cypherStatement("summaries/all-pairs"), {}, { database });
  const pairs = records.map((r) => ({
    source: r.get("source") as string,
    target: r.get("target") as string,
  }));
  const session = driver.session({ database });
  try {
    for (let i = 0; i < pairs.length; i += REBUILD_BATCH) {
      const batch = pairs.slice(i, i + REBUILD_BATCH);
      await session.executeWrite((tx) => refreshPairSummaries(tx, batch));
    }
  } finally {
    await session.close();
  }
  const counted = await countPairSummaries(driver, database);
  return { pairs: pairs.length, summaries: counted.summaries };
}

/** Summaries and relations in the graph, from the count store. */
export async function countPairSummaries(
  driver: Driver,
  database: string,
): Promise<{ summaries: number; relations: number }> {
  const { records } = await driver.executeQuery(
    cypherStatement("summaries/count-summaries"),
    {},
    { database },
  );
  return {
    summaries: Number(records[0]?.get("summaries") ?? 0),
    relations: Number(records[0]?.get("relations") ?? 0),
  };
}

/** Rebuilds the summaries when the graph has relations and no summary at all: a database from before them. */
export async function buildMissingPairSummaries(
  driver: Driver,
  database: string,
): Promise<RebuildSummary | undefined> {
  const { summaries, relations } = await countPairSummaries(driver, database);
  if (summaries > 0 || relations === 0) return undefined;
  return rebuildPairSummaries(driver, database);
}
