/**
 * The parts the research statements share, each written once. Each takes the Cypher variable it applies to, and
 * every value reaches Neo4j as a parameter: the only words these functions put into Cypher are variable names
 * chosen in code and relation types checked against the vocabulary.
 */

import { FIELDS_PARAMETER } from "../selected-fields.ts";

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function variable(name: string): string {
  if (!VARIABLE.test(name)) throw new Error(`not a Cypher variable name: ${name}`);
  return name;
}

/**
 * The fields of the types the statements build as maps that are a property of the same name (schema.graphql;
 * tests/graphql/selected-fields.test.ts checks they match it). Relation's others are built below.
 */
export const MAP_PROPERTIES = {
  relation: [
    "id",
    "category",
    "status",
    "date",
    "dateFrom",
    "dateTo",
    "dateText",
    "quantity",
    "quantityText",
    "role",
    "cameo",
    "cameoRoot",
    "plover",
    "ploverMode",
    "note",
    "confidence",
    "eventId",
  ],
  actor: ["id", "kind", "name", "aliases", "description", "sector", "country", "wikidata"],
  article: ["id", "title", "date", "dateline", "source", "url"],
} as const;

const FIELDS = `$${FIELDS_PARAMETER}`;

/** Whether the request selects `field` of the type under `key` of `$fields`. */
const selects = (key: string, field: string) => `${FIELDS}.${key}.${field}`;

/** `value` when the request selects `field`, else null (and `value` is not read). */
const ifSelected = (key: string, field: string, value: string) =>
  `CASE WHEN ${selects(key, field)} THEN ${value} END`;

/**
 * The map of `entity`'s properties `names`, each read only when the request selects it: `entity {.*}` or
 * `properties(entity)` read them all. A map with the keys written out, rather than one built from a list of
 * selected keys, keeps Neo4j's property cache and needs no function call (each costs db hits).
 */
function selectedProperties(entity: string, key: string, names: readonly string[], separator = ", "): string {
  return names.map((name) => `${name}: ${ifSelected(key, name, `${entity}.${name}`)}`).join(separator);
}

/** An actor (type ActorRef) with the fields the request selects of actors. */
export function actorMap(actor: string): string {
  return `{${selectedProperties(actor, "actor", MAP_PROPERTIES.actor)}}`;
}

/**
 * A relation as the GraphQL API returns it (type Relation in schema.graphql), built from the relationship `r`:
 * its properties and type, both actors, the attributing actor and the article. Every field that returns relations
 * uses this one expression, so a relation reads the same through each. It reads only what the request selects
 * (`$fields`, src/graphql/selected-fields.ts): building fields nobody asked for was most of a page's database
 * work.
 */
export function relationMap(r = "r"): string {
  const v = variable(r);
  const actor = (end: string) => `${end}(${v})`;
  return `{${selectedProperties(v, "relation", MAP_PROPERTIES.relation, ",\n  ")},
  type: type(${v}),
  coder: ${ifSelected("relation", "coder", coderOf(v))},
  source: ${ifSelected("relation", "source", `${actorMap(actor("startNode"))}`)},
  target: ${ifSelected("relation", "target", `${actorMap(actor("endNode"))}`)},
  attributedTo: ${ifSelected(
    "relation",
    "attributedTo",
    `head(COLLECT { MATCH (attributor:Actor {id: ${v}.attributedTo}) RETURN ${actorMap("attributor")} })`,
  )},
  evidence: ${ifSelected(
    "relation",
    "evidence",
    `{quote: ${ifSelected("evidence", "quote", `${v}.evidence`)}, start: ${ifSelected("evidence", "start", `${v}.start`)},
    end: ${ifSelected("evidence", "end", `${v}.end`)}, source: ${ifSelected("evidence", "source", `${v}.evidenceSource`)},
    article: ${ifSelected(
      "evidence",
      "article",
      `head(COLLECT { MATCH (reporting:Article {id: ${v}.articleId})
      RETURN {${selectedProperties("reporting", "article", MAP_PROPERTIES.article)}} })`,
    )}}`,
  )}}`;
}

/**
 * Relation `r`'s coder. Relations loaded before machine coding existed have no `coder` property and are a
 * human's: read as such here instead of rewriting every relation of an existing graph, which a read-only API
 * could not do and an import of an older export would undo.
 */
export function coderOf(r: string): string {
  return `coalesce(${variable(r)}.coder, 'human')`;
}

/** The filters a field may take, each an argument of the same name; a null argument keeps everything. */
export type RelationFilterName =
  | "types"
  | "plover"
  | "cameoRoot"
  | "status"
  | "attributedTo"
  | "coder"
  | "minConfidence";

const FILTERS: Record<RelationFilterName, (r: string) => string> = {
  types: (r) => `($types IS NULL OR type(${r}) IN $types)`,
  plover: (r) => `($plover IS NULL OR ${r}.plover IN $plover)`,
  cameoRoot: (r) => `($cameoRoot IS NULL OR ${r}.cameoRoot IN $cameoRoot)`,
  status: (r) => `($status IS NULL OR ${r}.status IN $status)`,
  attributedTo: (r) => `($attributedTo IS NULL OR ${r}.attributedTo IN $attributedTo)`,
  coder: (r) => `($coder IS NULL OR ${coderOf(r)} = $coder)`,
  // A human's relations have no confidence and are kept: the bar is for what the machine proposed.
  minConfidence: (r) =>
    `($minConfidence IS NULL OR ${coderOf(r)} = 'human' OR ${r}.confidence >= $minConfidence)`,
};

/** The conditions of `filters` on relation `r`, joined by AND (indented for a WHERE clause). */
export function relationFilter(r: string, filters: readonly RelationFilterName[]): string[] {
  const v = variable(r);
  return filters.map((name) => FILTERS[name](v));
}

const END_OF_TIME = "date('+999999999-12-31')";

/**
 * Relation `r`'s dated interval [dateFrom, dateTo] overlaps the range [$from, $to] (an open end on either side
 * runs on forever). An undated relation never overlaps, nor does one open at its start ("in recent months":
 * dateFrom null, dateTo set), which counts as undated: `r.dateFrom <= …` is null for both. Written as a bound on
 * dateFrom first, so that Neo4j can read a type's dateFrom index as a range.
 */
export function datedOverlap(r: string): string[] {
  const v = variable(r);
  return [
    `${v}.dateFrom <= coalesce($to, ${END_OF_TIME})`,
    `($from IS NULL OR ${v}.dateTo IS NULL OR ${v}.dateTo >= $from)`,
  ];
}

/** Without a date range every relation is kept, undated ones too; with one, those whose interval overlaps it. */
export function dateRangeFilter(r: string): string {
  return `(($from IS NULL AND $to IS NULL) OR (${datedOverlap(r).join(" AND ")}))`;
}

/** The field's order: dateFrom, then dateTo (an open interval after a closed one), then id; undated last. */
export function relationOrder(r: string): string {
  const v = variable(r);
  return `${v}.dateFrom, ${v}.dateTo, ${v}.id`;
}

/** A WHERE clause of conditions, one per line, or nothing when there are none. */
export function where(conditions: readonly string[], indent = ""): string {
  return conditions.length === 0 ? "" : `${indent}WHERE ${conditions.join(`\n${indent}  AND `)}`;
}

/** `text` indented by `spaces`, line by line: nested blocks read as they run. */
export function indent(text: string, spaces = 2): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}
