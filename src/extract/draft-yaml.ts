import { Document, isMap, isSeq } from "yaml";
import type { AnnotatedRelation } from "../annotation/annotation-schema.ts";
import type { MachineDraft } from "./extract-article.ts";

/** The relation as annotation YAML holds it, `coder: machine` and `confidence` included; the rule goes into a comment. */
export function annotationRelation(
  relation: MachineDraft["relations"][number],
): AnnotatedRelation & { coder: "machine"; confidence: number } {
  const { rule: _rule, ...rest } = relation;
  return rest;
}

/** A machine draft as an annotation file for review: each relation preceded by a comment naming its rule. */
export function draftYaml(draft: MachineDraft): string {
  const doc = new Document({
    article: draft.article,
    actors: draft.actors,
    relations: draft.relations.map(annotationRelation),
  });
  doc.commentBefore =
    ` Machine-coded draft of ${draft.article.id}, written by the extractor (src/extract/).\n` +
    " Every actor and relation is a proposal: check each against the article before ingesting it.";
  const relations = doc.get("relations", true);
  if (isSeq(relations)) {
    draft.relations.forEach((r, i) => {
      const node = relations.items[i];
      if (isMap(node)) node.commentBefore = ` rule: ${r.rule} (confidence ${r.confidence})`;
    });
  }
  if (draft.warnings.length > 0)
    doc.comment = [" Warnings:", ...draft.warnings.map((w) => `   ${w}`)].join("\n");
  return doc.toString({ lineWidth: 0 });
}
