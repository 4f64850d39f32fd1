import { knownActorsExcept, readFileActors } from "../corpus/known-actors.ts";
import { AnnotationError, formatProblem, InputError } from "../errors.ts";
import { annotationFiles } from "../loader/load-annotations.ts";
import { validateAnnotationFile } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";

/**
 * Checks every file and reports every problem; exit code 1 when any file has one. No database needed: actors of
 * other articles are looked up in the project's annotations (data/annotations) and the files given.
 */
export async function validateCommand(files: readonly string[], options: { date?: string }): Promise<number> {
  const wikidata = await loadWikidataIds();
  const corpus = await readFileActors([...new Set([...(await annotationFiles()), ...files])]);
  let failed = 0;
  for (const file of files) {
    try {
      const knownActors = knownActorsExcept(corpus, corpus.find((c) => c.file === file)?.articleId);
      const { graph, warnings } = await validateAnnotationFile(
        file,
        { wikidata, knownActors },
        { articleDate: options.date },
      );
      const mentions = graph.mentions.reduce((n, m) => n + m.count, 0);
      console.log(
        `ok   ${file}: article ${graph.article.id}, ${graph.actors.length} actors, ${graph.relations.length} relations, ${mentions} mentions${warnings.length ? `, ${warnings.length} warning(s)` : ""}`,
      );
      for (const w of warnings) console.log(`  warning: ${formatProblem(w)}`);
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
