import { AnnotationError, formatProblem, InputError } from "../errors.ts";
import { validateAnnotationFile } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";

/** Checks every file and reports every problem; exit code 1 when any file has one. No database needed. */
export async function validateCommand(files: readonly string[], options: { date?: string }): Promise<number> {
  const wikidata = await loadWikidataIds();
  let failed = 0;
  for (const file of files) {
    try {
      const graph = await validateAnnotationFile(file, { wikidata, articleDate: options.date });
      console.log(
        `ok   ${file}: article ${graph.article.id}, ${graph.actors.length} actors, ${graph.relations.length} relations, ${graph.mentions.reduce((n, m) => n + m.count, 0)} mentions`,
      );
    } catch (error) {
      if (error instanceof AnnotationError) {
        failed++;
        console.error(`FAIL ${file}: ${error.problems.length} problem(s)`);
        for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
      } else if (error instanceof InputError) {
        failed++;
        console.error(`FAIL ${error.message}`);
      } else throw error;
    }
  }
  return failed === 0 ? 0 : 1;
}
