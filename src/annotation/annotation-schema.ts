import { z } from "zod";
import {
  ACTOR_KINDS,
  RELATION_CODERS,
  RELATION_STATUSES,
  RELATION_TYPE_NAMES,
  SECTOR_CODES,
} from "../model/vocabulary.ts";

/**
 * The shape of an annotation file (`data/annotations/<article-id>.yaml`). This checks form only; whether quotes,
 * ids and dates agree with the article is checked in `validation/`.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug like `ishaq-dar`");

const quoteRef = z.strictObject({
  quote: z.string().min(1),
  /** 1-based: which occurrence of the quote in the article, required when it occurs more than once. */
  occurrence: z.number().int().positive().optional(),
});

const actor = z.strictObject({
  id: slug,
  kind: z.enum(ACTOR_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  /** CAMEO/PLOVER sector; countries have none (CAMEO codes a country by its ISO-3 code alone). */
  sector: z.enum(SECTOR_CODES).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code like PAK")
    .optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/, "must be a Wikidata item id like Q843")
    .optional(),
  /**
   * Where the article mentions the actor, when matching its name and aliases would be wrong (a city name
   * used for a government in one sentence and for the city in another). Replaces the automatic matching.
   */
  mentions: z.array(quoteRef).min(1).optional(),
  /**
   * Existing actors (other articles') whose name or alias this one shares but which are NOT the same actor.
   * Without it, such a match stops the ingest, so that nothing is merged or duplicated silently.
   */
  distinctFrom: z.array(slug).optional(),
});

/**
 * An actor already in the corpus, used by this article: its name, kind and description come from there. Adds
 * the surface forms this article uses for it.
 */
const actorRef = z.strictObject({
  ref: slug,
  aliases: z.array(z.string().min(1)).default([]),
  mentions: z.array(quoteRef).min(1).optional(),
});

const relation = z.strictObject({
  id: slug,
  type: z.literal(RELATION_TYPE_NAMES, {
    error: (issue) =>
      `unknown relation type ${JSON.stringify(issue.input)}; known: ${RELATION_TYPE_NAMES.join(", ")}`,
  }),
  source: slug,
  target: slug,
  evidence: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  /**
   * When it happened: the article's own words ("On Tuesday", "in the 1990s"), resolved against the article's date;
   * or an ISO 8601 date the annotator worked out (2025-06-06), with the article's words in `dateText`.
   */
  when: z.string().min(1).optional(),
  /** The article's words for the time, beside an ISO `when`. */
  dateText: z.string().min(1).optional(),
  /** The relation whose date a "since then" in `when` points back to: this one runs from its start. */
  since: slug.optional(),
  attributedTo: slug.optional(),
  status: z.enum(RELATION_STATUSES),
  quantity: z
    .strictObject({
      value: z.number().int().positive(),
      /** The words the article uses for the number ("nearly 60,000"): they must be inside the evidence. */
      text: z.string().min(1),
    })
    .optional(),
  role: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  /**
   * Who coded it: `human` (the default) or `machine` (a draft of `actorgraph extract`). A researcher confirms a
   * machine relation by deleting its `coder` and `confidence` lines (or writing `coder: human`); whether the two
   * agree is checked with the relation's other rules (validation/rules/relations.ts).
   */
  coder: z.enum(RELATION_CODERS).optional(),
  /** The machine coder's confidence in the relation, in (0, 1]: only with `coder: machine`, and required there. */
  confidence: z.number().gt(0, "must be above 0").lte(1, "must be at most 1").optional(),
});

export const articleSchema = z.strictObject({
  id: slug,
  /** Path of the article text, relative to the annotation file. */
  text: z.string().min(1),
  /** The headline, `source` and `url` may come instead from `title:`, `source:` and `url:` lines of the article
   * file; where both give one, the annotation's wins. */
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  url: z.url().optional(),
  /** Lines of the text that are headlines of related stories, not the story itself. */
  relatedHeadlines: z.array(z.string().min(1)).default([]),
});

/** Actors and relations are checked one by one (`actorSchema`, `relationSchema`) so one bad entry does not
 * hide the problems of the others. */
export const annotationSchema = z.strictObject({
  article: articleSchema,
  actors: z.array(z.unknown()).min(1),
  relations: z.array(z.unknown()).default([]),
});

export const actorSchema = actor;
export const actorRefSchema = actorRef;
export const relationSchema = relation;

/** An annotation after its entries were checked one by one: `undefined` marks an entry that failed. */
export interface Annotation {
  readonly article: z.infer<typeof articleSchema>;
  readonly actors: readonly (AnnotatedActor | undefined)[];
  readonly relations: readonly (AnnotatedRelation | undefined)[];
}
export type AnnotatedActor = z.infer<typeof actor>;
export type AnnotatedActorRef = z.infer<typeof actorRef>;
export type AnnotatedRelation = z.infer<typeof relation>;
export type QuoteRef = z.infer<typeof quoteRef>;
