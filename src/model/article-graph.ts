import type { ActorKind, RelationStatus, Sector } from "./vocabulary.ts";

/**
 * A validated article, ready to load: every offset computed from the text, every date resolved, every id
 * checked. The loader writes exactly this and nothing else.
 */
export interface ArticleGraph {
  readonly article: ArticleRow;
  readonly actors: readonly ActorRow[];
  readonly mentions: readonly MentionRow[];
  readonly relations: readonly RelationRow[];
}

export interface ArticleRow {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly dateline: string | null;
  readonly text: string;
  readonly source: string | null;
  readonly url: string | null;
}

export interface ActorRow {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly sector: Sector | null;
  readonly country: string | null;
  readonly wikidata: string | null;
}

/** An actor's fields in a fixed order: the columns of every export. */
export const ACTOR_FIELDS = [
  "id",
  "kind",
  "name",
  "aliases",
  "description",
  "sector",
  "country",
  "wikidata",
] as const satisfies readonly (keyof ActorRow)[];

export interface MentionRow {
  readonly actorId: string;
  readonly count: number;
  /** Start offset of each mention in the article text, ascending. */
  readonly offsets: readonly number[];
  /** The words at each offset, in the same order (so each mention's end is offset + form length). */
  readonly forms: readonly string[];
}

export interface RelationRow {
  /** `<article id>:<relation id>`: unique across the corpus. */
  readonly id: string;
  readonly type: string;
  readonly category: "event" | "structural";
  readonly source: string;
  readonly target: string;
  readonly articleId: string;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  /** "body", or "related-headline" when the quote comes from a related story's headline inside the text. */
  readonly evidenceSource: "body" | "related-headline";
  /**
   * ISO 8601 form: a day, a month, a year, or an interval (`1990/1999`, `2025-04-17/..`); null when the article
   * gives no time for it (the article's own date is on the Article).
   */
  readonly date: string | null;
  readonly dateFrom: string | null;
  /** null for an open end, or no date. */
  readonly dateTo: string | null;
  /** The article's own words for the time (`when` in the annotation). */
  readonly dateText: string | null;
  readonly attributedTo: string | null;
  readonly status: RelationStatus;
  readonly quantity: number | null;
  readonly quantityText: string | null;
  readonly role: string | null;
  readonly cameo: string | null;
  readonly cameoRoot: string | null;
  readonly plover: string | null;
  readonly ploverMode: string | null;
  readonly note: string | null;
}
