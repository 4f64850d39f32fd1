import { readConfig } from "../config.ts";
import { AnnotationError, formatProblem, InputError } from "../errors.ts";
import { annotationFiles } from "../loader/load-annotations.ts";
import { openResolvers } from "../resolver/open-resolver.ts";
import { readAnnotation } from "../validation/read-annotation.ts";
import { validateAnnotation } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";

/**
 * Checks every file and reports every problem; exit code 1 when any file has one. No database needed: the known
 * actors are the graph's when a Neo4j answers, else those of the project's annotations (data/annotations) and the
 * files given, so validate gives the verdict ingest would.
 */
export async function validateCommand(
  files: readonly string[],
  options: { date?: string; explain?: boolean },
): Promise<number> {
  const wikidata = await loadWikidataIds();
  const config = readConfig();
  const corpus = [...new Set([...(await annotationFiles()), ...files])];
  const resolverFor = await openResolvers(config, corpus, (line) => console.error(line));
  let failed = 0;
  for (const file of files) {
    try {
      const source = await readAnnotation(file, { articleDate: options.date });
      const articleId = source.yaml.document.getIn(["article", "id"]);
      const resolver = await resolverFor(typeof articleId === "string" ? articleId : undefined);
      const { graph, warnings, mentionedByHand } = validateAnnotation(source, { wikidata, resolver });
      const mentions = graph.mentions.reduce((n, m) => n + m.count, 0);
      console.log(
        `ok   ${file}: article ${graph.article.id}, ${graph.actors.length} actors, ${graph.relations.length} relations, ${mentions} mentions${warnings.length ? `, ${warnings.length} warning(s)` : ""}`,
      );
      for (const w of warnings) console.log(`  warning: ${formatProblem(w)}`);
      if (options.explain) {
        console.log('  words that name each actor (offset "words"):');
        for (const m of graph.mentions) {
          const how = mentionedByHand.has(m.actorId) ? " (mentions given by hand)" : "";
          const where = m.offsets.map((offset, i) => `${offset} "${m.forms[i]}"`).join(", ");
          console.log(`    ${m.actorId}${how}: ${where}`);
        }
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed++;
      if (error instanceof AnnotationError) {
        console.error(`FAIL ${file}: ${error.problems.length} problem(s)`);
        for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
      } else {
        console.error(`FAIL ${error.message}`);
      }
    }
  }
  return failed === 0 ? 0 : 1;
}
