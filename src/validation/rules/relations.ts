import type { AnnotatedRelation } from "../../annotation/annotation-schema.ts";
import {
  type RelationType,
  type RelationTypeDefinition,
  relationTypeDefinition,
} from "../../model/vocabulary.ts";
import { locateQuote } from "../../text/locate-quote.ts";
import type { Span } from "../../text/words.ts";
import type { Problems } from "../problems.ts";

/** A relation whose evidence was found in the article, with what its row needs from the text and vocabulary. */
export interface LocatedRelation {
  readonly index: number;
  readonly relation: AnnotatedRelation;
  readonly definition: RelationTypeDefinition<RelationType>;
  readonly start: number;
  readonly end: number;
  readonly evidenceSource: "body" | "related-headline";
}

/** Where the related headlines (lines of other stories printed inside the article) stand in its text. */
export function headlineSpans(headlines: readonly string[], text: string, problems: Problems): Span[] {
  const spans: Span[] = [];
  headlines.forEach((headline, i) => {
    const at = locateQuote(text, headline);
    if (!at.ok) problems.at(["article", "relatedHeadlines", i], at.reason);
    else spans.push(at);
  });
  return spans;
}

/**
 * Checks each relation against the article and the declared actors: unique ids, known actors at both ends and
 * in `attributedTo`, two different actors, a role for an office, a quantity inside its evidence, a confidence
 * exactly when the machine coded it, and the evidence quoted verbatim (with `occurrence` where it is not unique). Returns the relations that can be rows.
 */
export function locateRelations(
  relations: readonly (AnnotatedRelation | undefined)[],
  text: string,
  headlines: readonly Span[],
  declaredActorIds: ReadonlySet<string>,
  problems: Problems,
): LocatedRelation[] {
  const ids = new Set<string>();
  const located: LocatedRelation[] = [];
  relations.forEach((r, index) => {
    if (r === undefined) return;
    const at = (...rest: (string | number)[]) => ["relations", index, ...rest];
    if (ids.has(r.id)) problems.at(at("id"), `duplicate relation id "${r.id}"`);
    ids.add(r.id);
    for (const field of ["source", "target", "attributedTo"] as const) {
      const id = r[field];
      if (id !== undefined && !declaredActorIds.has(id)) problems.at(at(field), `unknown actor id "${id}"`);
    }
    if (r.source === r.target) problems.at(at("target"), "a relation needs two different actors");
    const definition = relationTypeDefinition(r.type);
    if (definition?.type === "HOLDS_OFFICE_IN" && r.role === undefined) {
      problems.at(at("role"), "HOLDS_OFFICE_IN needs the office as `role`");
    }
    const location = locateQuote(text, r.evidence, r.occurrence);
    if (!location.ok) problems.at(at("evidence"), location.reason);
    if (r.quantity && !r.evidence.includes(r.quantity.text)) {
      problems.at(at("quantity", "text"), `"${r.quantity.text}" is not part of the evidence quote`);
    }
    checkProvenance(r, at, problems);
    if (!location.ok || definition === undefined) return;
    const inHeadline = headlines.some((h) => location.start >= h.start && location.end <= h.end);
    located.push({
      index,
      relation: r,
      definition,
      start: location.start,
      end: location.end,
      evidenceSource: inHeadline ? "related-headline" : "body",
    });
  });
  return located;
}

/**
 * A confidence belongs to a machine-coded relation and to nothing else: a researcher who confirms a draft's
 * relation deletes both lines (or writes `coder: human`), and a confidence left behind would say the machine
 * still vouches for it.
 */
function checkProvenance(
  r: AnnotatedRelation,
  at: (...rest: (string | number)[]) => (string | number)[],
  problems: Problems,
): void {
  const coder = r.coder ?? "human";
  if (coder === "machine" && r.confidence === undefined) {
    problems.at(
      at("coder"),
      `relation "${r.id}" is machine-coded without a \`confidence\`: give one in (0, 1], or delete \`coder: machine\` once you have checked it`,
    );
  }
  if (coder === "human" && r.confidence !== undefined) {
    problems.at(
      at("confidence"),
      `relation "${r.id}" has a \`confidence\` but is coded by a human: a confidence belongs only with \`coder: machine\`; delete it when you confirm the relation`,
    );
  }
}
