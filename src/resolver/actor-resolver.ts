import type { ActorKind } from "../model/vocabulary.ts";
import { findMentions, type MentionMatch } from "../text/find-mentions.ts";
import type { KnownActor, KnownActorMap } from "./known-actors.ts";
import type { Merges } from "./merges.ts";
import { compareNames, type NameMatch, type NormalisedName, normaliseName } from "./name-similarity.ts";

/** Where the resolver read the corpus's actors from, for messages. */
export type KnownActorsSource =
  | { readonly kind: "graph"; readonly uri: string }
  | { readonly kind: "files"; readonly files: readonly string[] };

export function describeSource(source: KnownActorsSource): string {
  return source.kind === "graph"
    ? `the graph at ${source.uri}`
    : `the annotation files (${source.files.length}; no Neo4j answered)`;
}

/** A known actor that a new one may be: its score, and the two names that matched and why. */
export interface DuplicateCandidate extends NameMatch {
  readonly actor: KnownActor;
  readonly form: string;
  readonly knownForm: string;
}

/** From this score on, a new actor is refused until the annotation says `ref:` or `distinctFrom:`. */
export const NEAR_DUPLICATE_SCORE = 0.8;

/**
 * Kinds a duplicate can hide across: the same kind, or a group and an organisation (an armed movement is filed as
 * either). A country and its government share names by design and are never duplicates of each other.
 */
function comparableKinds(a: ActorKind, b: ActorKind): boolean {
  const loose = new Set<ActorKind>(["Group", "Organization"]);
  return a === b || (loose.has(a) && loose.has(b));
}

/** What two names must share to be compared at all: a word's skeleton, or the letters of an acronym. */
function blockingKeys(name: NormalisedName): string[] {
  return [
    ...name.tokens.map((t) => `w:${t.word.length >= 4 ? t.skeleton : t.word}`),
    `i:${name.tokens.length >= 2 ? name.initials : name.form.replace(/\./g, "").toLowerCase()}`,
  ];
}

export interface NewActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The one place that says which actor a name or an id stands for. draft, validate, ingest, import and the
 * extractor all ask it: the corpus's actors (from the graph when it answers, else from the annotation files),
 * the researcher's merge decisions, word-aware matching of names in a text, and near-duplicate detection.
 */
export class ActorResolver {
  private readonly names = new Map<string, NormalisedName>();

  constructor(
    readonly actors: KnownActorMap,
    readonly merges: Merges,
    readonly source: KnownActorsSource,
  ) {}

  /** The id an id stands for after the merge decisions. */
  canonicalId(id: string): string {
    return this.merges.canonical(id);
  }

  /** The known actor an id (or a merged-away id) stands for. */
  actor(id: string): KnownActor | undefined {
    return this.actors.get(this.canonicalId(id));
  }

  /**
   * The known actors a text names, by whole words, the longest form first; a form several actors share
   * ("Pakistan": the country and its government) is reported with all of them in `conflicts`, never dropped.
   */
  mentionsIn(text: string, except: ReadonlySet<string> = new Set()): MentionMatch {
    return findMentions(
      text,
      [...this.actors.values()]
        .filter((a) => !except.has(a.id))
        .map((a) => ({ actorId: a.id, forms: a.forms })),
    );
  }

  private normalised(form: string): NormalisedName {
    let name = this.names.get(form);
    if (!name) {
      name = normaliseName(form);
      this.names.set(form, name);
    }
    return name;
  }

  /** How alike a new actor is to one known actor: the best pair of their names. */
  private bestMatch(actor: NewActor, known: KnownActor): DuplicateCandidate | undefined {
    let best: DuplicateCandidate | undefined;
    for (const form of [actor.name, ...actor.aliases]) {
      for (const knownForm of [known.name, ...known.aliases]) {
        const match = compareNames(this.normalised(form), this.normalised(knownForm));
        if (!best || match.score > best.score) best = { ...match, actor: known, form, knownForm };
      }
    }
    return best;
  }

  /** Known actors (not this one) that a new actor probably duplicates, best first. */
  nearDuplicates(actor: NewActor, threshold = NEAR_DUPLICATE_SCORE): DuplicateCandidate[] {
    const self = this.canonicalId(actor.id);
    const found: DuplicateCandidate[] = [];
    for (const known of this.actors.values()) {
      if (known.id === self || !comparableKinds(actor.kind, known.kind)) continue;
      const match = this.bestMatch(actor, known);
      if (match && match.score >= threshold) found.push(match);
    }
    return found.sort((a, b) => b.score - a.score || a.actor.id.localeCompare(b.actor.id));
  }

  /**
   * Pairs of known actors that are probably one, with their evidence, best first (`actors duplicates`). Only
   * actors that share a word, a spelling skeleton or an acronym's letters are compared, so a large graph is not
   * compared pair by pair.
   */
  duplicatePairs(threshold = NEAR_DUPLICATE_SCORE): (DuplicateCandidate & { readonly of: KnownActor })[] {
    const blocks = new Map<string, KnownActor[]>();
    for (const actor of this.actors.values()) {
      for (const key of new Set(
        [actor.name, ...actor.aliases].flatMap((f) => blockingKeys(this.normalised(f))),
      )) {
        blocks.set(key, [...(blocks.get(key) ?? []), actor]);
      }
    }
    const seen = new Set<string>();
    const pairs: (DuplicateCandidate & { readonly of: KnownActor })[] = [];
    for (const block of blocks.values()) {
      for (const [i, a] of block.entries()) {
        for (const b of block.slice(i + 1)) {
          const [x, y] = a.id < b.id ? [a, b] : [b, a];
          const key = `${x.id}\u0000${y.id}`;
          if (seen.has(key) || !comparableKinds(x.kind, y.kind)) continue;
          seen.add(key);
          const match = this.bestMatch(x, y);
          if (match && match.score >= threshold) pairs.push({ ...match, of: x });
        }
      }
    }
    return pairs.sort(
      (p, q) => q.score - p.score || p.of.id.localeCompare(q.of.id) || p.actor.id.localeCompare(q.actor.id),
    );
  }
}
