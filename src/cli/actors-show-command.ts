import { InputError } from "../errors.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { readMerges } from "../resolver/merges.ts";
import { withDatabase } from "./with-database.ts";

interface ArticleNaming {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly count: number;
  readonly forms: readonly string[];
}

/** `actorgraph actors show ID`: an actor, the forms articles name it with, those articles, and its relations. */
export async function actorsShowCommand(id: string): Promise<number> {
  return withDatabase(async ({ driver, database }, config) => {
    const merges = await readMerges(config.mergesFile);
    const canonical = merges.canonical(id);
    const { records } = await driver.executeQuery(
      cypherStatement("actors/actor-details"),
      { id: canonical },
      { database, routing: "READ" },
    );
    const record = records[0];
    if (!record) throw new InputError(`no actor "${canonical}" in the graph`);
    const actor = record.get("actor") as Record<string, unknown> & { aliases?: string[] };
    const articles = record.get("articles") as ArticleNaming[];
    const relations = record.get("relations") as { type: string; direction: string; count: number }[];
    if (canonical !== id) console.log(`${id} was merged into ${canonical} (${config.mergesFile}).`);
    console.log(
      `${actor.id}: ${actor.name} (${actor.kind}${actor.sector ? `, ${actor.sector}` : ""}${actor.country ? `, ${actor.country}` : ""})`,
    );
    console.log(`  ${actor.description}`);
    if (actor.wikidata) console.log(`  Wikidata ${actor.wikidata}`);
    console.log(`  aliases: ${(actor.aliases ?? []).join(", ") || "(none)"}`);
    const forms = new Map<string, number>();
    for (const a of articles) for (const f of a.forms) forms.set(f, (forms.get(f) ?? 0) + 1);
    console.log(
      `  named as (times in the articles): ${
        [...forms]
          .sort((x, y) => y[1] - x[1])
          .map(([f, n]) => `"${f}" ×${n}`)
          .join(", ") || "(no mention)"
      }`,
    );
    const mergedIn = merges.list.filter((m) => merges.canonical(m.drop) === canonical);
    if (mergedIn.length > 0)
      console.log(`  merged into it: ${mergedIn.map((m) => `${m.drop} (${m.date})`).join(", ")}`);
    console.log(`Articles naming it (${articles.length}):`);
    for (const a of articles) console.log(`  ${a.id} (${a.date}): ${a.count} mention(s)`);
    console.log(`Relations (${relations.reduce((n, r) => n + r.count, 0)}):`);
    for (const r of relations)
      console.log(`  ${r.direction === "out" ? "→" : "←"} ${r.type.padEnd(34)} ${r.count}`);
    return 0;
  });
}
