import { countPairSummaries } from "../loader/pair-summaries.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { withDatabase } from "./with-database.ts";

export async function statsCommand(): Promise<number> {
  return withDatabase(async ({ driver, database }) => {
    const rows = async (name: string) =>
      (await driver.executeQuery(cypherStatement(name), {}, { database, routing: "READ" })).records.map((r) =>
        r.toObject(),
      );
    console.log("Nodes per label:");
    for (const r of await rows("corpus/stats-labels"))
      console.log(`  ${String(r.label).padEnd(34)} ${r.count}`);
    console.log("Relationships per type:");
    for (const r of await rows("corpus/stats-relation-types"))
      console.log(`  ${String(r.type).padEnd(34)} ${r.count}`);
    const { summaries } = await countPairSummaries(driver, database);
    console.log(`Pair summaries (INTERACTS, one per ordered pair of actors with relations): ${summaries}`);
    console.log("Articles:");
    for (const r of await rows("corpus/stats-articles")) {
      console.log(`  ${r.article} (${r.date}): ${r.actors} actors mentioned, ${r.relations} relations`);
    }
    return 0;
  });
}
