import { mergeActors } from "../corpus/merge-actors.ts";
import { readMerges, writeMerges } from "../resolver/merges.ts";
import { withDatabase } from "./with-database.ts";

/**
 * `actorgraph actors merge KEEP DROP`: one actor from two, in one transaction, and the decision written to
 * data/actor-merges.tsv (ACTORGRAPH_MERGES_FILE) so every later ingest maps DROP to KEEP.
 */
export async function actorsMergeCommand(
  keep: string,
  drop: string,
  options: { allowKindChange?: boolean; note?: string },
): Promise<number> {
  return withDatabase(async ({ driver, database }, config) => {
    const merges = await readMerges(config.mergesFile);
    const summary = await mergeActors(driver, database, keep, drop, {
      allowKindChange: options.allowKindChange,
    });
    const today = new Date().toISOString().slice(0, 10);
    const decided = merges.with({ keep, drop, date: today, note: options.note ?? "" });
    await writeMerges(decided, config.mergesFile).catch((error: Error) => {
      throw new Error(
        `The graph has merged "${drop}" into "${keep}", but ${config.mergesFile} could not be written ` +
          `(${error.message}): add the line "${keep}\\t${drop}\\t${today}\\t" to it by hand, or the next ingest ` +
          `of an article naming "${drop}" brings it back.`,
      );
    });
    console.log(
      `Merged ${summary.drop.id} (${summary.drop.name}) into ${summary.keep.id} (${summary.keep.name}):`,
    );
    console.log(
      `  ${summary.moved} relation(s) and mention(s) moved; ${summary.keep.id} now has ${summary.aliases} alias(es).`,
    );
    if (summary.mentionsCombined > 0) {
      console.log(`  ${summary.mentionsCombined} article(s) named both: their mentions are combined.`);
    }
    if (summary.reattributed > 0)
      console.log(`  ${summary.reattributed} relation(s) now attributed to ${keep}.`);
    console.log(`Recorded in ${config.mergesFile}: later ingests map ${drop} to ${keep}.`);
    return 0;
  });
}
