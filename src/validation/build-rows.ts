import type { ArticleText } from "../article/read-article.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import type { ActorRow, MentionRow, RelationRow } from "../model/rows.ts";
import { cameoRoot } from "../model/vocabulary.ts";
import type { ResolvedDate } from "../text/resolve-date.ts";
import type { ParsedAnnotation } from "./parse-annotation.ts";
import type { LocatedRelation } from "./rules/relations.ts";

/** A relation's row: its annotation, where its evidence stands, its date, and its type's codes. */
export function relationRow(
  articleId: string,
  located: LocatedRelation,
  date: ResolvedDate | undefined,
): RelationRow {
  const { relation: r, definition } = located;
  return {
    id: `${articleId}:${r.id}`,
    articleId,
    source: r.source,
    type: r.type,
    target: r.target,
    category: definition.category,
    status: r.status,
    attributedTo: r.attributedTo ?? null,
    date: date?.iso ?? null,
    dateFrom: date?.from ?? null,
    dateTo: date?.to ?? null,
    dateText: r.dateText ?? r.when ?? null,
    quantity: r.quantity?.value ?? null,
    quantityText: r.quantity?.text ?? null,
    role: r.role ?? null,
    cameo: definition.cameo,
    cameoRoot: definition.cameo === null ? null : cameoRoot(definition.cameo),
    plover: definition.plover,
    ploverMode: definition.ploverMode,
    evidence: r.evidence,
    start: located.start,
    end: located.end,
    evidenceSource: located.evidenceSource,
    note: r.note ?? null,
    coder: r.coder ?? "human",
    confidence: r.confidence ?? null,
  };
}

/** The row-building stage: the validated annotation as the rows the loader writes. */
export function buildArticleGraph(
  annotation: ParsedAnnotation,
  article: ArticleText,
  actors: readonly ActorRow[],
  mentions: readonly MentionRow[],
  relations: readonly LocatedRelation[],
  dates: ReadonlyMap<number, ResolvedDate>,
  title: string,
): ArticleGraph {
  const articleId = annotation.article.id;
  return {
    article: {
      id: articleId,
      title,
      date: article.date,
      dateline: article.dateline,
      source: annotation.article.source ?? article.source,
      url: annotation.article.url ?? article.url,
      text: article.text,
    },
    actors,
    mentions,
    relations: relations.map((r) => relationRow(articleId, r, dates.get(r.index))),
  };
}
