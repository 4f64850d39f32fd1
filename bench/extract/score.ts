import type {
  AnnotatedActor,
  AnnotatedActorRef,
  AnnotatedRelation,
} from "../../src/annotation/annotation-schema.ts";
import type { ArticleText } from "../../src/article/read-article.ts";
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import type { RelationType } from "../../src/model/vocabulary.ts";
import { ActorResolver } from "../../src/resolver/actor-resolver.ts";
import type { KnownActor } from "../../src/resolver/known-actors.ts";
import { Merges } from "../../src/resolver/merges.ts";
import { normaliseName } from "../../src/resolver/name-similarity.ts";
import { locateQuote } from "../../src/text/locate-quote.ts";
import { Problems } from "../../src/validation/problems.ts";
import { relationDates } from "../../src/validation/rules/dates.ts";

/**
 * Scores a machine draft against the human annotation of the same article: pure functions, no I/O, so the
 * counts can be checked on hand-made drafts. The draft's shape is the annotation format (what
 * `extractArticle` returns and `validate` accepts); extra fields (`coder`, `confidence`, `rule`) are read when
 * present.
 */

export interface DraftRelation extends AnnotatedRelation {
  readonly confidence?: number;
  readonly rule?: string;
}

export interface Draft {
  readonly actors: readonly (AnnotatedActor | AnnotatedActorRef)[];
  readonly relations: readonly DraftRelation[];
}

/**
 * Types whose two ends are interchangeable ("X and Y signed", "X held talks with Y"): a relation matches the
 * human one in either direction. Every other type is directed.
 */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  "CONSULTS",
  "FIGHTS",
  "SIGNS_AGREEMENT",
  "COOPERATES",
  "AFFILIATED_WITH",
]);

/** How a machine actor was found to be a human one, or why not. */
export type MappedBy = "same id" | "name" | "name, other kind";

export interface ActorMapping {
  readonly machineId: string;
  /** Its name, or the known actor's for a `ref:`. */
  readonly name: string;
  readonly humanId: string | null;
  readonly by: MappedBy | null;
}

const isRef = (a: AnnotatedActor | AnnotatedActorRef): a is AnnotatedActorRef => "ref" in a;

/** Words of a name as the similarity reads them, for a plain comparison across kinds. */
const plain = (form: string) =>
  normaliseName(form)
    .tokens.map((t) => t.word)
    .join(" ");

/**
 * Which human actor each machine actor is, by the project's own rules for "the same actor":
 * 1. the same id (a `ref:` to a corpus actor that the human annotation also uses, like `iom`);
 * 2. else the actor resolver's near-duplicate test (`ActorResolver.nearDuplicates`: name similarity of at least
 *    0.8 between any name or alias of the one and any name, alias or hand-given mention of the other, in kinds
 *    that can be the same actor), the best candidate;
 * 3. else the same words, after the similarity's normalising, in a kind the resolver would keep apart (the
 *    machine's Country "Marrova" for the human's Government whose alias is "Marrova"). Reported as such.
 * A `ref:` the human annotation does not use is compared by the known actor's names.
 */
export function mapActors(
  draft: Draft,
  human: ArticleGraph,
  known: (id: string) => KnownActor | undefined = () => undefined,
): ActorMapping[] {
  const formsOf = new Map(human.mentions.map((m) => [m.actorId, m.forms]));
  const humanActors = new Map<string, KnownActor>(
    human.actors.map((a) => {
      const forms = [...new Set([a.name, ...a.aliases, ...(formsOf.get(a.id) ?? [])])];
      // Hand-given mentions ("80,000 people in the Kovar hills") count as names here: they are what the
      // article calls the actor.
      return [a.id, { ...a, aliases: forms.filter((f) => f !== a.name), forms }];
    }),
  );
  const resolver = new ActorResolver(humanActors, new Merges(), { kind: "files", files: [] });
  return draft.actors.map((actor): ActorMapping => {
    const id = isRef(actor) ? actor.ref : actor.id;
    const knownActor = isRef(actor) ? known(actor.ref) : undefined;
    const name = isRef(actor) ? (knownActor?.name ?? actor.ref) : actor.name;
    if (humanActors.has(id)) return { machineId: id, name, humanId: id, by: "same id" };
    const kind = isRef(actor) ? knownActor?.kind : actor.kind;
    const aliases = [...(isRef(actor) ? (knownActor?.aliases ?? []) : []), ...actor.aliases];
    if (kind !== undefined) {
      // A prefix keeps the resolver from skipping a human actor that happens to share the machine's id.
      const [best] = resolver.nearDuplicates({ id: `machine:${id}`, kind, name, aliases });
      if (best) return { machineId: id, name, humanId: best.actor.id, by: "name" };
    }
    const words = new Set([name, ...aliases].map(plain).filter((w) => w !== ""));
    const sameWords = [...humanActors.values()].find((h) => h.forms.some((f) => words.has(plain(f))));
    if (sameWords) return { machineId: id, name, humanId: sameWords.id, by: "name, other kind" };
    return { machineId: id, name, humanId: null, by: null };
  });
}

/** A relation reduced to what is compared: its ends as human ids (null when the actor was not found). */
interface Comparable {
  readonly index: number;
  readonly type: RelationType;
  readonly source: string | null;
  readonly target: string | null;
  readonly span: { readonly start: number; readonly end: number } | null;
}

function sameEnds(m: Comparable, h: Comparable, typed: boolean): boolean {
  if (m.source === null || m.target === null) return false;
  if (typed && m.type !== h.type) return false;
  if (m.source === h.source && m.target === h.target) return true;
  const symmetric = SYMMETRIC_TYPES.has(h.type) || (!typed && SYMMETRIC_TYPES.has(m.type));
  return symmetric && m.source === h.target && m.target === h.source;
}

const overlap = (a: Comparable["span"], b: Comparable["span"]) =>
  a && b ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0;

/**
 * Pairs machine and human relations one to one: every pair with the same ends (and type, when typed), the pairs
 * whose evidence overlaps most first, so that of two human EXPELS between the same actors each machine relation
 * takes the one it quotes.
 */
function pairUp(
  machine: readonly Comparable[],
  human: readonly Comparable[],
  typed: boolean,
): Map<number, number> {
  const candidates: [number, number, number][] = [];
  for (const m of machine) {
    for (const h of human)
      if (sameEnds(m, h, typed)) candidates.push([m.index, h.index, overlap(m.span, h.span)]);
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const [m, h] of candidates) {
    if (pairs.has(m) || taken.has(h)) continue;
    pairs.set(m, h);
    taken.add(h);
  }
  return pairs;
}

export interface Counts {
  /** Machine items, human items, and machine items that match a human one (one to one). */
  readonly machine: number;
  readonly human: number;
  readonly matched: number;
}

export interface TypeCounts {
  /** Human relations of the type. */
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface RelationLine {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly evidence: string;
  readonly rule?: string;
}

export interface ArticleScore {
  readonly articleId: string;
  /** Which human actor each machine actor was taken for, and by which rule. */
  readonly mappings: readonly ActorMapping[];
  readonly actors: {
    readonly machine: number;
    readonly human: number;
    /** Machine actors that are a human actor. */
    readonly mapped: number;
    /** Human actors that some machine actor is. */
    readonly found: number;
    /** Machine actors mapped to a human actor that another machine actor is already. */
    readonly duplicates: number;
    /** Mapped by rule 3 (same words, another kind). */
    readonly acrossKinds: number;
    readonly unmapped: readonly string[];
    readonly missed: readonly string[];
  };
  readonly typed: Counts;
  readonly untyped: Counts;
  /** On the typed matches: how many have the human's status, date and attribution. */
  readonly onMatched: {
    readonly n: number;
    readonly status: number;
    readonly date: number;
    readonly attribution: number;
  };
  readonly perType: Readonly<Record<string, TypeCounts>>;
  readonly evidence: {
    readonly total: number;
    readonly verbatim: number;
    readonly failures: readonly string[];
  };
  /** Human relations no machine relation matched (typed). */
  readonly misses: readonly RelationLine[];
  /** Machine relations that match no human relation (typed). */
  readonly falsePositives: readonly RelationLine[];
}

type TypeTable = Record<string, { support: number; tp: number; fp: number; fn: number }>;

function typeRow(table: TypeTable, type: string) {
  const existing = table[type];
  if (existing) return existing;
  const created = { support: 0, tp: 0, fp: 0, fn: 0 };
  table[type] = created;
  return created;
}

/** Scores one draft against the human annotation of its article (`article`: the text and its date). */
export function scoreArticle(
  draft: Draft,
  human: ArticleGraph,
  article: Pick<ArticleText, "text" | "date" | "path">,
  known?: (id: string) => KnownActor | undefined,
): ArticleScore {
  const mappings = mapActors(draft, human, known);
  const toHuman = new Map(mappings.map((m) => [m.machineId, m.humanId]));
  const mappedIds = mappings.flatMap((m) => (m.humanId ? [m.humanId] : []));
  const found = new Set(mappedIds);

  const located = draft.relations.map((r) => locateQuote(article.text, r.evidence, r.occurrence));
  const machine: Comparable[] = draft.relations.map((r, index) => {
    const at = located[index];
    return {
      index,
      type: r.type,
      source: toHuman.get(r.source) ?? null,
      target: toHuman.get(r.target) ?? null,
      span: at?.ok ? at : null,
    };
  });
  const humanRelations = human.relations;
  const humanComparable: Comparable[] = humanRelations.map((r, index) => ({
    index,
    type: r.type,
    source: r.source,
    target: r.target,
    span: { start: r.start, end: r.end },
  }));
  const typedPairs = pairUp(machine, humanComparable, true);
  const untypedPairs = pairUp(machine, humanComparable, false);

  const dates = relationDates(
    draft.relations,
    { ...article, fileId: "", dateline: null, datelineEnd: 0, title: null, source: null, url: null },
    new Problems(article.path),
  );
  let status = 0;
  let date = 0;
  let attribution = 0;
  for (const [m, h] of typedPairs) {
    const mr = draft.relations[m] as DraftRelation;
    const hr = humanRelations[h];
    if (!hr) continue;
    if (mr.status === hr.status) status++;
    if ((dates.get(m)?.iso ?? null) === hr.date) date++;
    const by =
      mr.attributedTo === undefined ? null : (toHuman.get(mr.attributedTo) ?? `unmapped:${mr.attributedTo}`);
    if (by === hr.attributedTo) attribution++;
  }

  const perType: TypeTable = {};
  const row = (type: string) => typeRow(perType, type);
  const matchedHuman = new Set(typedPairs.values());
  humanRelations.forEach((r, i) => {
    const t = row(r.type);
    t.support++;
    if (matchedHuman.has(i)) t.tp++;
    else t.fn++;
  });
  draft.relations.forEach((r, i) => {
    if (!typedPairs.has(i)) row(r.type).fp++;
  });

  const name = (id: string | null, fallback: string) => id ?? `(${fallback})`;
  return {
    articleId: human.article.id,
    mappings,
    actors: {
      machine: draft.actors.length,
      human: human.actors.length,
      mapped: mappedIds.length,
      found: found.size,
      duplicates: mappedIds.length - found.size,
      acrossKinds: mappings.filter((m) => m.by === "name, other kind").length,
      unmapped: mappings.filter((m) => m.humanId === null).map((m) => m.name),
      missed: human.actors.filter((a) => !found.has(a.id)).map((a) => a.name),
    },
    typed: { machine: draft.relations.length, human: humanRelations.length, matched: typedPairs.size },
    untyped: { machine: draft.relations.length, human: humanRelations.length, matched: untypedPairs.size },
    onMatched: { n: typedPairs.size, status, date, attribution },
    perType,
    evidence: {
      total: located.length,
      verbatim: located.filter((l) => l.ok).length,
      failures: located.flatMap((l) => (l.ok ? [] : [l.reason])),
    },
    misses: humanRelations
      .filter((_, i) => !matchedHuman.has(i))
      .map((r) => ({
        type: r.type,
        source: r.source,
        target: r.target,
        status: r.status,
        evidence: r.evidence,
      })),
    falsePositives: draft.relations.flatMap((r, i) =>
      typedPairs.has(i)
        ? []
        : [
            {
              type: r.type,
              source: name(machine[i]?.source ?? null, r.source),
              target: name(machine[i]?.target ?? null, r.target),
              status: r.status,
              evidence: r.evidence,
              ...(r.rule === undefined ? {} : { rule: r.rule }),
            },
          ],
    ),
  };
}

/** A share, or null when there is nothing to divide by (no machine relations: precision is undefined). */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export interface Summary {
  readonly articles: number;
  readonly actors: {
    readonly machine: number;
    readonly human: number;
    readonly mapped: number;
    readonly found: number;
    readonly duplicates: number;
    readonly acrossKinds: number;
    readonly precision: number | null;
    readonly recall: number | null;
  };
  readonly typed: Counts & { readonly precision: number | null; readonly recall: number | null };
  readonly untyped: Counts & { readonly precision: number | null; readonly recall: number | null };
  readonly onMatched: {
    readonly n: number;
    readonly status: number | null;
    readonly date: number | null;
    readonly attribution: number | null;
  };
  readonly perType: Readonly<Record<string, TypeCounts>>;
  readonly evidence: { readonly total: number; readonly verbatim: number };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const pr = (counts: readonly Counts[]) => {
  const machine = sum(counts.map((c) => c.machine));
  const human = sum(counts.map((c) => c.human));
  const matched = sum(counts.map((c) => c.matched));
  return { machine, human, matched, precision: ratio(matched, machine), recall: ratio(matched, human) };
};

/** Totals over articles, micro-averaged: every actor and relation weighs the same, whatever its article. */
export function summarise(scores: readonly ArticleScore[]): Summary {
  const actors = (k: keyof Omit<ArticleScore["actors"], "unmapped" | "missed">) =>
    sum(scores.map((s) => s.actors[k]));
  const perType: TypeTable = {};
  for (const s of scores) {
    for (const [type, c] of Object.entries(s.perType)) {
      const t = typeRow(perType, type);
      t.support += c.support;
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  const n = sum(scores.map((s) => s.onMatched.n));
  const onMatched = (k: "status" | "date" | "attribution") =>
    ratio(sum(scores.map((s) => s.onMatched[k])), n);
  return {
    articles: scores.length,
    actors: {
      machine: actors("machine"),
      human: actors("human"),
      mapped: actors("mapped"),
      found: actors("found"),
      duplicates: actors("duplicates"),
      acrossKinds: actors("acrossKinds"),
      precision: ratio(actors("mapped"), actors("machine")),
      recall: ratio(actors("found"), actors("human")),
    },
    typed: pr(scores.map((s) => s.typed)),
    untyped: pr(scores.map((s) => s.untyped)),
    onMatched: {
      n,
      status: onMatched("status"),
      date: onMatched("date"),
      attribution: onMatched("attribution"),
    },
    perType,
    evidence: {
      total: sum(scores.map((s) => s.evidence.total)),
      verbatim: sum(scores.map((s) => s.evidence.verbatim)),
    },
  };
}
