import type { Driver } from "neo4j-driver";
import { InputError } from "../errors.ts";
import { detachForMerge, refreshPairSummaries } from "../loader/pair-summaries.ts";
import { actorPairs, regroupEvents } from "../loader/regroup-events.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";

export interface MergeSummary {
  readonly keep: { readonly id: string; readonly kind: string; readonly name: string };
  readonly drop: { readonly id: string; readonly kind: string; readonly name: string };
  /** Relationships moved onto the kept actor: relations either way, and articles' mentions. */
  readonly moved: number;
  /** Articles that named both, whose two mentions became one. */
  readonly mentionsCombined: number;
  readonly reattributed: number;
  readonly aliases: number;
}

/**
 * Makes actor `drop` part of actor `keep` in one transaction: every relation and mention moves onto `keep`,
 * `drop`'s names become aliases of `keep`, relations attributed to `drop` are attributed to `keep`, and `drop` is
 * deleted. Refuses two kinds (unless `allowKindChange`) and actors joined by relations, which would become
 * self-loops; on any error nothing changes.
 */
export async function mergeActors(
  driver: Driver,
  database: string,
  keepId: string,
  dropId: string,
  options: { readonly allowKindChange?: boolean } = {},
): Promise<MergeSummary> {
  if (keepId === dropId) throw new InputError(`cannot merge "${keepId}" into itself`);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const pair = (await tx.run(cypherStatement("actors/actor-pair"), { keep: keepId, drop: dropId }))
        .records[0];
      const keep = pair?.get("keep") as MergeSummary["keep"] | null;
      const drop = pair?.get("drop") as MergeSummary["drop"] | null;
      if (!keep) throw new InputError(`no actor "${keepId}" in the graph`);
      if (!drop) throw new InputError(`no actor "${dropId}" in the graph`);
      if (keep.kind !== drop.kind && !options.allowKindChange) {
        throw new InputError(
          `"${keepId}" is a ${keep.kind} and "${dropId}" a ${drop.kind}; merging makes the kept actor's kind (${keep.kind}) ` +
            "hold for both: pass --allow-kind-change if that is right",
        );
      }
      const between = Number(pair?.get("between") ?? 0);
      if (between > 0) {
        throw new InputError(
          `${between} relation(s) join "${keepId}" and "${dropId}": as one actor they would relate to themselves. ` +
            "Correct those annotations first (actorgraph actors show shows them).",
        );
      }
      const pairs = await detachForMerge(tx, keepId, dropId);
      // DROP's pairs become KEEP's: their events go, and KEEP's pairs with the same actors are regrouped.
      const dropPairs = await actorPairs(tx, dropId);
      const merged = await tx.run(cypherStatement("actors/merge-into"), { keep: keepId, drop: dropId });
      await refreshPairSummaries(tx, pairs);
      await regroupEvents(tx, [...dropPairs, ...pairs]);
      const combined = await tx.run(cypherStatement("actors/combine-mentions"), { keep: keepId });
      const reattributed = await tx.run(cypherStatement("actors/reattribute"), {
        keep: keepId,
        drop: dropId,
      });
      return {
        keep,
        drop,
        moved: Number(merged.records[0]?.get("moved") ?? 0),
        aliases: Number(merged.records[0]?.get("aliases") ?? 0),
        mentionsCombined: Number(combined.records[0]?.get("combined") ?? 0),
        reattributed: Number(reattributed.records[0]?.get("reattributed") ?? 0),
      };
    });
  } finally {
    await session.close();
  }
}
