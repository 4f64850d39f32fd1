import { formatProblem } from "../errors.ts";
import { loadArticle } from "../loader/load-article.ts";
import { readMerges } from "../resolver/merges.ts";
import { resolverFromGraph } from "../resolver/open-resolver.ts";
import { readAnnotation } from "../validation/read-annotation.ts";
import { validateAnnotation } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";
import { withDatabase } from "./with-database.ts";

/**
 * Validates an annotation against its article and the actors already in the graph, then loads it in one
 * transaction. Prints what was added, changed and left alone.
 */
export async function ingestCommand(
  articlePath: string,
  annotationPath: string,
  options: { date?: string },
): Promise<number> {
  // Every file is read before the database is opened, so a missing or unreadable one fails at once.
  const source = await readAnnotation(annotationPath, { articlePath, articleDate: options.date });
  const wikidata = await loadWikidataIds();
  return withDatabase(async ({ driver, database, uri }, config) => {
    const resolver = await resolverFromGraph(driver, database, uri, await readMerges(config.mergesFile));
    const { graph, warnings } = validateAnnotation(source, { wikidata, resolver });
    for (const w of warnings) console.error(`warning: ${formatProblem(w)}`);
    const newActors = graph.actors.filter((a) => !resolver.actors.has(a.id));
    const changedActors = graph.actors.filter((a) => {
      const k = resolver.actors.get(a.id);
      return (
        k !== undefined &&
        (k.name !== a.name || k.kind !== a.kind || a.aliases.some((al) => !k.aliases.includes(al)))
      );
    });
    const summary = await loadArticle(driver, graph, database);
    const kept = summary.relations - summary.relationsAdded;
    console.log(`Ingested ${graph.article.id} (${graph.article.date}):`);
    console.log(
      `  actors:    ${newActors.length} added${newActors.length ? ` (${newActors.map((a) => a.id).join(", ")})` : ""}, ${changedActors.length} changed, ${graph.actors.length - newActors.length - changedActors.length} left alone`,
    );
    const machine = graph.relations.filter((r) => r.coder === "machine").length;
    console.log(
      `  relations: ${summary.relationsAdded} added, ${kept} replaced in place, ${summary.relationsRemoved} removed${machine > 0 ? ` (${machine} machine-coded, not yet confirmed)` : ""}`,
    );
    console.log(
      `  mentions:  ${graph.mentions.reduce((n, m) => n + m.count, 0)} of ${graph.mentions.length} actors`,
    );
    if (summary.actorsRemoved > 0)
      console.log(`  ${summary.actorsRemoved} actor(s) no article mentions any more were removed`);
    return 0;
  });
}
