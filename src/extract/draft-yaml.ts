import { Document, isMap, isSeq } from "yaml";
import type { AnnotatedRelation } from "../annotation/annotation-schema.ts";
import type { MachineDraft } from "./extract-article.ts";

export interface DraftYamlOptions {
  /**
   * Write `coder: machine` and `confidence` on each relation. The annotation schema accepts them once provenance
   * is part of it (issue 12, point 4); without them the draft is plain annotation YAML.
   */
  readonly provenance?: boolean;
}

/** The relation as annotation YAML holds it: the machine's rule goes into a comment, not a field. */
export function annotationRelation(
  relation: MachineDraft["relations"][number],
  provenance: boolean,
): AnnotatedRelation & { coder?: "machine"; confidence?: number } {
  const { rule: _rule, coder, confidence, ...rest } = relation;
  return provenance ? { ...rest, coder, confidence } : rest;
}

/** A machine draft as an annotation file for review: each relation preceded by a comment naming its rule. */
export function draftYaml(draft: MachineDraft, options: DraftYamlOptions = {}): string {
  const provenance = options.provenance ?? false;
  const doc = new Document({
    article: draft.article,
    actors: draft.actors,
    relations: draft.relations.map((r) => annotationRelation(r, provenance)),
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
