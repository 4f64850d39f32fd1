import type { Driver, ManagedTransaction } from "neo4j-driver";
import { type EventReport, type GroupedEvent, groupEvents, pairKey } from "../model/group-events.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import type { ActorPair } from "./pair-summaries.ts";

/** The pairs an actor takes part in through event relations: a merge moves them. */
export async function actorPairs(tx: ManagedTransaction, actorId: string): Promise<ActorPair[]> {
  const found = await tx.run(cypherStatement("events/actor-pairs"), { actor: actorId });
  const pairs: [string, string][] = found.records[0]?.get("pairs") ?? [];
  return pairs.map(([source, target]) => ({ source, target }));
}

/**
 * Replaces the events of the given pairs by the grouping of their relations as they now stand, in the caller's
 * transaction, so that an ingest, a removal or a merge and its events commit or roll back together. Returns the
 * number of events written.
 */
export async function regroupEvents(tx: ManagedTransaction, pairs: Iterable<ActorPair>): Promise<number> {
  const keys = new Map<string, [string, string]>();
  for (const { source: x, target: y } of pairs) keys.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  if (keys.size === 0) return 0;
  const read = await tx.run(cypherStatement("events/pair-reports"), { pairs: [...keys.values()] });
  const elements = new Map<string, string>();
  const reports = read.records.map((record) => {
    const row = record.toObject() as EventReport & { element: string };
    elements.set(row.id, row.element);
    return row;
  });
  const events = groupEvents(reports);
  await tx.run(cypherStatement("events/delete-pair-events"), { pairs: [...keys.keys()] });
  await tx.run(cypherStatement("events/create-events"), {
    events: events.map((e) => eventParameters(e, elements)),
  });
  return events.length;
}

function eventParameters(event: GroupedEvent, elements: ReadonlyMap<string, string>) {
  const { reports, contradictions, ...fields } = event;
  return {
    ...fields,
    reportIds: reports.map((r) => r.id),
    elements: reports.map((r) => elements.get(r.id)),
    contradictionKinds: contradictions.map((c) => c.kind),
    contradictionFirstIds: contradictions.map((c) => c.first.id),
    contradictionSecondIds: contradictions.map((c) => c.second.id),
  };
}

/** Pairs regrouped per transaction in a full rebuild: a few thousand relations at most in memory at once. */
const REBUILD_BATCH = 500;

/**
 * Every event again from the relations: for a database loaded before events existed, and after an offline
 * import (which writes no events). Deletes all events, then regroups every pair, a batch of pairs per
 * transaction; the result equals what the loader keeps up article by article.
 */
export async function rebuildEvents(
  driver: Driver,
  database: string,
): Promise<{ readonly pairs: number; readonly events: number }> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction.
    await session.run(cypherStatement("events/delete-all-events"));
    const found = await session.executeRead((tx) => tx.run(cypherStatement("events/event-pairs")));
    const pairs = found.records.map((r) => {
      const [source, target] = r.get("pair") as [string, string];
      return { source, target };
    });
    let events = 0;
    for (let i = 0; i < pairs.length; i += REBUILD_BATCH) {
      const batch = pairs.slice(i, i + REBUILD_BATCH);
      events += await session.executeWrite((tx) => regroupEvents(tx, batch));
    }
    return { pairs: pairs.length, events };
  } finally {
    await session.close();
  }
}

/**
 * The events of a database loaded before events existed, built by `npm start` before it loads the annotations
 * (whose own events would otherwise hide that the rest have none). Undefined when nothing was missing.
 */
export async function buildMissingEvents(
  driver: Driver,
  database: string,
): Promise<{ readonly pairs: number; readonly events: number } | undefined> {
  const { records } = await driver.executeQuery(cypherStatement("events/missing-events"), {}, { database });
  if (records[0]?.get("missing") !== true) return undefined;
  return rebuildEvents(driver, database);
}
