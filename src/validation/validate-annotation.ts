import { AnnotationError, type AnnotationProblem } from "../errors.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import type { ActorResolver } from "../resolver/actor-resolver.ts";
import { buildArticleGraph } from "./build-rows.ts";
import { parseAnnotation } from "./parse-annotation.ts";
import { Problems } from "./problems.ts";
import { type AnnotationSource, type ReadOptions, readAnnotation } from "./read-annotation.ts";
import { actorRows } from "./rules/actors.ts";
import { relationDates } from "./rules/dates.ts";
import { checkNewActors, mergedRelations, resolveActors } from "./rules/known-actors.ts";
import { mentionRows } from "./rules/mentions.ts";
import { headlineSpans, locateRelations } from "./rules/relations.ts";
import type { WikidataIds } from "./wikidata-ids.ts";

export interface ValidationContext {
  /**
   * The actor resolver over the corpus (the graph, or the other annotation files). When given, `ref` entries
   * resolve against it, merged ids map to the kept actor, and a new actor that shares a name with a known one,
   * or resembles one, is reported, not merged.
   */
  readonly resolver?: ActorResolver;
  /** Ids known to be right (data/wikidata.tsv): the only ones an annotation may use. */
  readonly wikidata: WikidataIds;
}

/** A valid annotation's rows, and what passed but deserves a look. */
export interface Validated {
  readonly graph: ArticleGraph;
  readonly warnings: readonly AnnotationProblem[];
  /** Actors whose mentions the annotation gives by hand (`mentions`), not found by their names. */
  readonly mentionedByHand: ReadonlySet<string>;
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
  const actors = resolveActors(annotation.actors, context.resolver, problems);
  if (context.resolver) checkNewActors(annotation.actors, context.resolver, problems);
  const relationsAsMerged = mergedRelations(annotation.relations, context.resolver);
  const canonical = (id: string) => context.resolver?.canonicalId(id) ?? id;
  const declaredActorIds = new Set([...annotation.declaredActorIds].map(canonical));
  const { article } = source;
  if ("problem" in article) {
    problems.at(["article", "text"], article.problem);
    throw new AnnotationError(problems.list);
  }

  const title = annotation.article.title ?? article.title;
  if (title === null) {
    problems.at(
      ["article", "title"],
      "the article needs a title: give `title` here or a `title:` line in its file",
    );
  }
  const headlines = headlineSpans(annotation.article.relatedHeadlines, article.text, problems);
  const rows = actorRows(actors, context.wikidata, problems);
  const mentions = mentionRows(actors, article.text, problems);
  const relations = locateRelations(relationsAsMerged, article.text, headlines, declaredActorIds, problems);
  const dates = relationDates(relationsAsMerged, article, problems);
  problems.throwIfAny();
  return {
    graph: buildArticleGraph(annotation, article, rows, mentions, relations, dates, title ?? ""),
    warnings: problems.warnings,
    mentionedByHand: new Set(actors.flatMap((a) => (a?.mentions ? [a.id] : []))),
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
