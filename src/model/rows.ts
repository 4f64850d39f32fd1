import { z } from "zod";
import {
  ACTOR_KINDS,
  PLOVER_TYPES,
  RELATION_CATEGORIES,
  RELATION_CODERS,
  RELATION_STATUSES,
  RELATION_TYPE_NAMES,
  SECTOR_CODES,
} from "./vocabulary.ts";

/**
 * The rows every stage passes on: the validator builds them, the loader writes them, the corpus reads them back
 * and the exports write them out. Each row is declared once, as a table of fields: its zod schema (the row types
 * are inferred from it), the type an export declares for it, and what it means. Exports, the JSON-lines reader and
 * the offline-import baseline take their columns from these tables, so a new field is added here (and, for a
 * relation, in cypher/loader/create-relations.cypher and schema.graphql), nowhere else.
 */

/** What a field holds, for the exports that declare types (CSV's schema file, GraphML, neo4j-admin import). */
export type FieldType = "string" | "integer" | "number" | "date" | "string-list" | "integer-list";

interface Field<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly type: FieldType;
  readonly description: string;
}

const field = <S extends z.ZodType>(schema: S, type: FieldType, description: string): Field<S> => ({
  schema,
  type,
  description,
});

const text = z.string();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day written YYYY-MM-DD");
const offset = z.number().int().nonnegative();

type Shape<T extends Record<string, Field>> = { [K in keyof T]: T[K]["schema"] };

function objectOf<T extends Record<string, Field>>(fields: T) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.schema])) as Shape<T>;
  return z.object(shape);
}

export const ARTICLE_FIELDS = {
  id: field(text, "string", "The article's id: its date and a slug"),
  title: field(text, "string", "The headline"),
  date: field(isoDay, "date", "Publication date"),
  dateline: field(text.nullable(), "string", 'The place line that opens the story ("ISLAMABAD")'),
  source: field(text.nullable(), "string", "The publication"),
  url: field(text.nullable(), "string", "Where the article was published"),
  text: field(text, "string", "The full text; every offset counts from its first character"),
};

export const ACTOR_FIELDS = {
  id: field(text, "string", "Stable id across articles: a lower-case slug"),
  kind: field(z.enum(ACTOR_KINDS), "string", "Person, Government, Group, Country or Organization"),
  name: field(text, "string", "The actor's name"),
  aliases: field(z.array(text), "string-list", 'Other names the articles use ("; " between them in CSV)'),
  description: field(text, "string", "Who or what the actor is"),
  sector: field(z.enum(SECTOR_CODES).nullable(), "string", "CAMEO/PLOVER sector code (GOV, INS, IGO …)"),
  country: field(text.nullable(), "string", "ISO 3166-1 alpha-3 code of the actor's country"),
  wikidata: field(text.nullable(), "string", "Wikidata item (Q843), when checked"),
  distinctFrom: field(
    z.array(text).default([]),
    "string-list",
    "Actors a researcher declared different from this one despite similar names",
  ),
};

export const MENTION_FIELDS = {
  actorId: field(text, "string", "The actor mentioned"),
  count: field(z.number().int().positive(), "integer", "How often the article names it"),
  offsets: field(
    z.array(offset),
    "integer-list",
    "Start offset of each mention in the article text, ascending",
  ),
  forms: field(z.array(text), "string-list", "The words at each offset, in the same order"),
};

export const RELATION_FIELDS = {
  id: field(text, "string", "<article id>:<relation id>, unique across the corpus"),
  articleId: field(text, "string", "The article that reports the relation"),
  source: field(text, "string", "Id of the source actor"),
  type: field(z.literal(RELATION_TYPE_NAMES), "string", "Relation type of the vocabulary"),
  target: field(text, "string", "Id of the target actor"),
  category: field(z.enum(RELATION_CATEGORIES), "string", "event, or structural (a state such as an office)"),
  status: field(
    z.enum(RELATION_STATUSES),
    "string",
    "asserted, alleged, denied, planned, historical or cancelled",
  ),
  attributedTo: field(text.nullable(), "string", "Id of the actor the article attributes it to"),
  date: field(
    text.nullable(),
    "string",
    "ISO 8601: a day, month, year or interval (1990/1999, 2025-04-17/..)",
  ),
  dateFrom: field(isoDay.nullable(), "date", "First day of date"),
  dateTo: field(isoDay.nullable(), "date", "Last day of date; empty for an open interval or no date"),
  dateText: field(text.nullable(), "string", 'The article\'s own words for the time ("last year")'),
  quantity: field(z.number().int().nullable(), "integer", "A number the article gives"),
  quantityText: field(text.nullable(), "string", 'The article\'s words for the number ("nearly 60,000")'),
  role: field(text.nullable(), "string", "The office, for HOLDS_OFFICE_IN"),
  cameo: field(text.nullable(), "string", 'CAMEO event code, as text ("036")'),
  cameoRoot: field(text.nullable(), "string", 'CAMEO root: the code\'s first two digits ("03")'),
  plover: field(z.enum(PLOVER_TYPES).nullable(), "string", "PLOVER event type"),
  ploverMode: field(text.nullable(), "string", "PLOVER mode"),
  evidence: field(text, "string", "The article's words, verbatim"),
  start: field(offset, "integer", "Offset of the evidence's first character in the article text"),
  end: field(offset, "integer", "Offset just after the evidence's last character"),
  evidenceSource: field(
    z.enum(["body", "related-headline"]),
    "string",
    "body, or a related story's headline",
  ),
  note: field(text.nullable(), "string", "The annotator's note on how the text was read"),
  // An absent coder is a human's: relations stored before machine coding existed have none (see absentAsNull).
  coder: field(
    z.enum(RELATION_CODERS).default("human"),
    "string",
    "human, or machine (proposed by `actorgraph extract`, not yet confirmed)",
  ),
  confidence: field(
    z.number().gt(0).lte(1).nullable(),
    "number",
    "The machine coder's confidence, in (0, 1]; empty for a human's relation",
  ),
};

export const articleRowSchema = objectOf(ARTICLE_FIELDS);
export const actorRowSchema = objectOf(ACTOR_FIELDS);
export const mentionRowSchema = objectOf(MENTION_FIELDS);
/** A confidence exactly when the machine coded the relation, as the annotation's rule demands. */
export const relationRowSchema = objectOf(RELATION_FIELDS).superRefine((row, ctx) => {
  if ((row.coder === "machine") !== (row.confidence !== null)) {
    ctx.addIssue({
      code: "custom",
      path: ["confidence"],
      message:
        row.coder === "machine"
          ? "a machine-coded relation needs a confidence"
          : "only a machine-coded relation has a confidence",
    });
  }
});

export type ArticleRow = Readonly<z.infer<typeof articleRowSchema>>;
export type ActorRow = Readonly<z.infer<typeof actorRowSchema>>;
export type MentionRow = Readonly<z.infer<typeof mentionRowSchema>>;
export type RelationRow = Readonly<z.infer<typeof relationRowSchema>>;

export type ArticleField = keyof typeof ARTICLE_FIELDS;
export type ActorField = keyof typeof ACTOR_FIELDS;
export type MentionField = keyof typeof MENTION_FIELDS;
export type RelationField = keyof typeof RELATION_FIELDS;

/** A table's field names, in its order: the columns of every export. */
export const fieldNames = <T extends Record<string, Field>>(fields: T) =>
  Object.keys(fields) as (keyof T & string)[];

/**
 * The schema of a row read back from Neo4j or a file, where an absent property means null (Neo4j stores no
 * nulls, and a JSON line may leave them out): an absent or null field becomes null where the field allows it,
 * and takes its default (an empty list) where it has one, before the row is checked.
 */
export function absentAsNull<T extends z.ZodObject>(schema: T) {
  const nullable = new Set(
    Object.entries(schema.shape)
      .filter(([, s]) => (s as z.ZodType).safeParse(null).success)
      .map(([name]) => name),
  );
  return z.preprocess((value) => {
    if (typeof value !== "object" || value === null) return value;
    const filled: Record<string, unknown> = { ...value };
    for (const name of Object.keys(schema.shape)) {
      if (filled[name] !== null && filled[name] !== undefined) continue;
      if (nullable.has(name)) filled[name] = null;
      else delete filled[name];
    }
    return filled;
  }, schema);
}

/**
 * Each kind of row as read back from the graph or an export (absent fields as null); a mention carries its
 * article's id, which the graph keeps in the relationship's start node.
 */
export const storedRowSchemas = {
  article: absentAsNull(articleRowSchema),
  actor: absentAsNull(actorRowSchema),
  mention: absentAsNull(mentionRowSchema.extend({ articleId: z.string() })),
  relation: absentAsNull(relationRowSchema),
};
