import { countPairSummaries, rebuildPairSummaries } from "../loader/pair-summaries.ts";
import { withDatabase } from "./with-database.ts";

/**
 * `actorgraph summaries [--rebuild]`: how many pair summaries (INTERACTS) and relations the graph holds, and with
 * `--rebuild` every summary recomputed from the relations (for a database loaded before summaries existed).
 */
export async function summariesCommand(options: { readonly rebuild?: boolean }): Promise<number> {
  return withDatabase(async ({ driver, database }) => {
    if (options.rebuild) {
      const started = Date.now();
      const rebuilt = await rebuildPairSummaries(driver, database);
      console.log(
        `Rebuilt the pair summaries from the relations: ${rebuilt.pairs} pair(s) refreshed, ${rebuilt.summaries} summaries (${((Date.now() - started) / 1000).toFixed(1)} s).`,
      );
      return 0;
    }
    const { summaries, relations } = await countPairSummaries(driver, database);
    console.log(`${summaries} pair summaries (INTERACTS) over ${relations} relations.`);
    if (summaries === 0 && relations > 0)
      console.log("None built yet: run `actorgraph summaries --rebuild`.");
    return 0;
  });
}
