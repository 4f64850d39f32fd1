import { AnnotationError, type AnnotationProblem } from "../errors.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import type { ActorRow } from "../model/rows.ts";
import { buildArticleGraph } from "./build-rows.ts";
import { parseAnnotation } from "./parse-annotation.ts";
import { Problems } from "./problems.ts";
import { type AnnotationSource, type ReadOptions, readAnnotation } from "./read-annotation.ts";
import { actorRows } from "./rules/actors.ts";
import { relationDates } from "./rules/dates.ts";
import { checkSharedNames, resolveActors } from "./rules/known-actors.ts";
import { mentionRows } from "./rules/mentions.ts";
import { headlineSpans, locateRelations } from "./rules/relations.ts";
import type { WikidataIds } from "./wikidata-ids.ts";

export interface ValidationContext {
  /**
   * Actors already in the corpus (the graph, or the other annotation files). When given, `ref` entries resolve
   * against them, and a new actor that shares a name or alias with one of them is reported, not merged.
   */
  readonly knownActors?: ReadonlyMap<string, ActorRow>;
  /** Ids known to be right (data/wikidata.tsv): the only ones an annotation may use. */
  readonly wikidata: WikidataIds;
}

/** A valid annotation's rows, and what passed but deserves a look. */
export interface Validated {
  readonly graph: ArticleGraph;
  readonly warnings: readonly AnnotationProblem[];
}

/**
 * Checks an annotation against its article, stage by stage: parsing, then the rules, then the rows. Collects
 * every problem before failing, so a researcher fixes them in one pass; throws an `AnnotationError` naming file,
 * line and field for each.
 */
export function validateAnnotation(source: AnnotationSource, context: ValidationContext): Validated {
  const problems = new Problems(source.file, source.yaml.lineOf);
  for (const error of source.yaml.errors) problems.atLine(error.line, `YAML: ${error.message}`);
  problems.throwIfAny();

  const annotation = parseAnnotation(source.yaml, problems);
  const actors = resolveActors(annotation.actors, context.knownActors, problems);
  if (context.knownActors) checkSharedNames(annotation.actors, context.knownActors, problems);
  const { article } = source;
  if ("problem" in article) {
    problems.at(["article", "text"], article.problem);
    throw new AnnotationError(problems.list);
  }

  const headlines = headlineSpans(annotation.article.relatedHeadlines, article.text, problems);
  const rows = actorRows(actors, context.wikidata, problems);
  const mentions = mentionRows(actors, article.text, problems);
  const relations = locateRelations(
    annotation.relations,
    article.text,
    headlines,
    annotation.declaredActorIds,
    problems,
  );
  const dates = relationDates(annotation.relations, article, problems);
  problems.throwIfAny();
  return {
    graph: buildArticleGraph(annotation, article, rows, mentions, relations, dates),
    warnings: problems.warnings,
  };
}

/** Reads an annotation file (and its article) and validates it. */
export async function validateAnnotationFile(
  file: string,
  context: ValidationContext,
  options: ReadOptions = {},
): Promise<Validated> {
  return validateAnnotation(await readAnnotation(file, options), context);
}
