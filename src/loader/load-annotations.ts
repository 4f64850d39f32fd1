import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { AnnotationError, type AnnotationProblem, formatProblem } from "../errors.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import { Merges } from "../resolver/merges.ts";
import { resolverFromFiles } from "../resolver/open-resolver.ts";
import { readAnnotation } from "../validation/read-annotation.ts";
import { validateAnnotation } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";
import { type LoadSummary, loadArticle } from "./load-article.ts";

export const ANNOTATIONS_DIR = new URL("../../data/annotations/", import.meta.url).pathname;

/** Every annotation file (`.yaml`, `.yml`) in a folder, sorted by name so loads are repeatable. */
export async function annotationFiles(dir: string = ANNOTATIONS_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Validates every file first, each against the others' actors, and reports all their problems together; throws
 * before anything is written.
 * Warnings (accepted, but worth a look) go to `log`.
 */
export async function validateAll(
  files: readonly string[],
  log: (line: string) => void = console.log,
  merges: Merges = new Merges(),
): Promise<ArticleGraph[]> {
  const wikidata = await loadWikidataIds();
  const graphs: ArticleGraph[] = [];
  const problems: AnnotationProblem[] = [];
  for (const file of files) {
    try {
      const source = await readAnnotation(file);
      const articleId = source.yaml.document.getIn(["article", "id"]);
      // The folder is self-contained: its articles' actors are known to each other, whatever the graph holds.
      const resolver = await resolverFromFiles(
        files,
        merges,
        typeof articleId === "string" ? articleId : undefined,
      );
      const { graph, warnings } = validateAnnotation(source, { wikidata, resolver });
      for (const w of warnings) log(`  warning: ${formatProblem(w)}`);
      graphs.push(graph);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new AnnotationError(problems);
  return graphs;
}

/** Validates, then loads each article in its own transaction, reporting progress as it goes. */
export async function loadAnnotations(
  driver: Driver,
  database: string,
  files: readonly string[],
  log: (line: string) => void = console.log,
  merges: Merges = new Merges(),
): Promise<LoadSummary[]> {
  const graphs = await validateAll(files, log, merges);
  const summaries: LoadSummary[] = [];
  for (const [i, graph] of graphs.entries()) {
    const summary = await loadArticle(driver, graph, database);
    summaries.push(summary);
    log(
      `  [${i + 1}/${graphs.length}] ${summary.articleId}: ${summary.actors} actors, ${summary.relations} relations ` +
        `(${summary.relationsAdded} new, ${summary.relationsRemoved} removed), ${summary.mentions} mentioned actors`,
    );
  }
  return summaries;
}
