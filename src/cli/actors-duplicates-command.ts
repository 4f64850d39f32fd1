import { readMerges } from "../resolver/merges.ts";
import { resolverFromGraph } from "../resolver/open-resolver.ts";
import { withDatabase } from "./with-database.ts";

/**
 * `actorgraph actors duplicates`: pairs of actors in the graph that are probably one, with their score and the
 * names that matched and why, best first. Pairs a researcher declared distinct (`distinctFrom`) are left out.
 */
export async function actorsDuplicatesCommand(options: { minScore?: string }): Promise<number> {
  return withDatabase(async ({ driver, database, uri }, config) => {
    const resolver = await resolverFromGraph(driver, database, uri, await readMerges(config.mergesFile));
    const threshold = options.minScore === undefined ? undefined : Number(options.minScore);
    const pairs = resolver.duplicatePairs(threshold);
    const open = pairs.filter(
      (p) => !p.of.distinctFrom.includes(p.actor.id) && !p.actor.distinctFrom.includes(p.of.id),
    );
    console.log(`${open.length} probable duplicate pair(s) among ${resolver.actors.size} actors:`);
    for (const p of open) {
      console.log(`  ${p.score.toFixed(2)}  ${p.of.id} (${p.of.name})  ~  ${p.actor.id} (${p.actor.name})`);
      console.log(`        "${p.form}" ~ "${p.knownForm}": ${p.evidence}`);
    }
    if (pairs.length > open.length)
      console.log(`(${pairs.length - open.length} pair(s) declared distinct are not shown.)`);
    if (open.length > 0) console.log("Merge a pair with: actorgraph actors merge KEEP DROP");
    return 0;
  });
}
