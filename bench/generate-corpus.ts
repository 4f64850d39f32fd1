import type { ArticleGraph } from "../src/model/article-graph.ts";
import type { ActorRow, MentionRow, RelationRow } from "../src/model/rows.ts";
import {
  type ActorKind,
  cameoRoot,
  RELATION_TYPES,
  type RelationStatus,
  type RelationType,
  type Sector,
} from "../src/model/vocabulary.ts";

/**
 * A deterministic synthetic corpus for the benchmark: the same seed and size give the same articles, byte for
 * byte. Each article is a text built from one sentence per relation, and each relation's evidence is that
 * sentence (less the attribution prefix), so every offset is real: `text.slice(start, end) === evidence`.
 *
 * Actors follow a power-law (Zipf–Mandelbrot) popularity: an article's cast is drawn from it, so a few hubs take
 * part in thousands of relations and most actors in a handful. Relation types, their codes and statuses come
 * from the real vocabulary (src/model/vocabulary.ts).
 */

export const SIZES = { tiny: 500, S: 10_000, M: 100_000, L: 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export interface CorpusOptions {
  /** Total relations across all articles. */
  readonly relations: number;
  readonly seed: number;
}

/** mulberry32: a small, fast, seeded PRNG with a good enough spread for synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "ta",
  "zu",
  "len",
  "dor",
  "vek",
  "sa",
  "ni",
  "bar",
  "qui",
  "tol",
  "ma",
  "res",
  "fa",
  "go",
  "hin",
  "pel",
  "sun",
  "var",
  "wei",
  "xo",
  "yar",
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A word unique to `n` (its digits in base 24, three syllables at least), so every actor's name is unique. */
function placeWord(n: number): string {
  let word = "";
  let rest = n;
  for (let i = 0; i < 3 || rest > 0; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return cap(word);
}

const GIVEN = [
  "Amal",
  "Bilal",
  "Chen",
  "Dara",
  "Emre",
  "Farid",
  "Gul",
  "Hana",
  "Idris",
  "Jamal",
  "Karim",
  "Lina",
];
const KIND_WEIGHTS: readonly [ActorKind, number][] = [
  ["Person", 0.45],
  ["Government", 0.15],
  ["Group", 0.2],
  ["Country", 0.08],
  ["Organization", 0.12],
];
const SECTORS_BY_KIND: Record<ActorKind, readonly (Sector | null)[]> = {
  Person: ["GOV", "MIL", "ELI", "MED", "CVL"],
  Government: ["GOV"],
  Group: ["INS", "REB", "REF", "CVL", "UAF"],
  Country: [null],
  Organization: ["IGO", "UNO", "NGO", "MED"],
};
const COUNTRIES = ["PAK", "AFG", "IRN", "IND", "TJK", "UZB", "CHN", "USA", "GBR", "TUR", "SAU", "QAT"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  let x = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

/** Actor `i` (0-based); its rank in popularity is `i` too (0 is the biggest hub). */
export function makeActor(i: number, seed: number): ActorRow {
  const random = seededRandom(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const kind = weighted(random, KIND_WEIGHTS);
  const place = placeWord(i);
  const country = kind === "Organization" && random() < 0.5 ? null : pick(random, COUNTRIES);
  let name: string;
  let aliases: string[];
  switch (kind) {
    case "Person": {
      const given = pick(random, GIVEN);
      name = `${given} ${place}`;
      aliases = [place, `${given[0]}. ${place}`];
      break;
    }
    case "Government":
      name = `Government of ${place}`;
      aliases = [`${place}abad`, `the ${place} government`];
      break;
    case "Group":
      name = `${place} ${pick(random, ["Front", "Movement", "Brigade", "Council"])}`;
      aliases = [`${place.slice(0, 3).toUpperCase()}-${i}`];
      break;
    case "Country":
      name = `${place}stan`;
      aliases = [];
      break;
    case "Organization":
      name = `${place} ${pick(random, ["Agency", "Commission", "Foundation", "Office"])}`;
      aliases = [`${place.slice(0, 2).toUpperCase()}O-${i}`];
      break;
  }
  return {
    id: `bench-actor-${i}`,
    kind,
    name,
    aliases,
    description: `Synthetic ${kind.toLowerCase()} number ${i} of the benchmark corpus.`,
    sector: pick(random, SECTORS_BY_KIND[kind]),
    country: kind === "Country" ? pick(random, COUNTRIES) : country,
    wikidata: null,
    distinctFrom: [],
  };
}

/** How many actors a corpus of `relations` has, and how flat its head is. */
/** Adds `actor` to `actors` as the loader would leave it after several articles: aliases gathered, in order. */
export function addActor(actors: Map<string, ActorRow>, actor: ActorRow): void {
  const before = actors.get(actor.id);
  actors.set(
    actor.id,
    before ? { ...actor, aliases: [...new Set([...before.aliases, ...actor.aliases])] } : actor,
  );
}

export function actorCount(relations: number): number {
  return Math.max(40, Math.round(relations / 10));
}

/** Cumulative Zipf–Mandelbrot weights p(k) ∝ 1 / (k + q), k = 1..n. */
function popularity(n: number): Float64Array {
  const q = Math.max(0.5, n / 2000);
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1 + q);
    cumulative[k] = sum;
  }
  for (let k = 0; k < n; k++) cumulative[k] = (cumulative[k] as number) / sum;
  return cumulative;
}

function drawRank(random: () => number, cumulative: Float64Array): number {
  const x = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PHRASES: Record<RelationType, string> = {
  DENIES: "denied the charges made by",
  APPEALS_TO: "appealed to",
  DEMANDS: "demanded action from",
  PROMISES: "assured",
  PLANS_VISIT: "announced a visit to",
  VISITS: "visited",
  HOSTS: "hosted a delegation from",
  CONSULTS: "held talks with",
  MEDIATES: "mediated talks involving",
  IMPROVES_RELATIONS: "upgraded its mission to",
  PRAISES: "praised",
  SIGNS_AGREEMENT: "signed an agreement with",
  COOPERATES: "cooperated on security with",
  HARBOURS: "sheltered fighters of",
  RECOGNIZES: "recognised",
  PROVIDES_HUMANITARIAN_AID: "sent humanitarian aid to",
  PROVIDES_MILITARY_AID: "sent weapons to",
  CRITICIZES: "criticised",
  ACCUSES: "accused",
  THREATENS: "threatened",
  ISSUES_ULTIMATUM: "gave an ultimatum to",
  REDUCES_RELATIONS: "downgraded relations with",
  IMPOSES_ADMINISTRATIVE_SANCTIONS: "cancelled the permits of",
  ARRESTS: "arrested members of",
  EXPELS: "expelled members of",
  ATTACKS: "attacked",
  FIGHTS: "fought",
  HOLDS_OFFICE_IN: "serves as minister in",
  MEMBER_OF: "is a member of",
  PART_OF: "is part of",
  GOVERNS: "governs",
  AFFILIATED_WITH: "is affiliated with",
  LIVES_IN: "lives in",
  REGISTERED_BY: "is registered by",
};
// Events dominate news; structural ties are rarer.
const TYPE_WEIGHTS: readonly (readonly [(typeof RELATION_TYPES)[number], number])[] = RELATION_TYPES.map(
  (t) => [t, t.category === "event" ? 3 : 1] as const,
);
const STATUS_WEIGHTS: readonly (readonly [RelationStatus, number])[] = [
  ["asserted", 0.6],
  ["alleged", 0.15],
  ["denied", 0.05],
  ["planned", 0.1],
  ["historical", 0.1],
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 11 * 365;
const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

interface RelationDate {
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  dateText: string | null;
}

function relationDate(random: () => number, articleMs: number): RelationDate {
  const x = random();
  if (x < 0.1) return { date: null, dateFrom: null, dateTo: null, dateText: null };
  const d = new Date(articleMs - Math.floor(random() * 60) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (x < 0.75) {
    const day = iso(d.getTime());
    return { date: day, dateFrom: day, dateTo: day, dateText: `on ${d.getUTCDate()} ${MONTHS[m]} ${y}` };
  }
  if (x < 0.87) {
    const mm = String(m + 1).padStart(2, "0");
    return {
      date: `${y}-${mm}`,
      dateFrom: `${y}-${mm}-01`,
      dateTo: `${y}-${mm}-${lastDayOfMonth(y, m)}`,
      dateText: `in ${MONTHS[m]} ${y}`,
    };
  }
  if (x < 0.95) {
    const year = y - Math.floor(random() * 5);
    return { date: `${year}`, dateFrom: `${year}-01-01`, dateTo: `${year}-12-31`, dateText: `in ${year}` };
  }
  const from = iso(articleMs);
  return { date: `${from}/..`, dateFrom: from, dateTo: null, dateText: "in the coming days" };
}

export interface CorpusPlan {
  readonly actors: number;
  readonly relations: number;
  readonly seed: number;
}

/**
 * The corpus, one article at a time (a generator, so a million relations never sit in memory at once). Articles
 * hold 20 to 50 relations among a cast of 4 to 12 actors; dates run from 2015 to 2025.
 */
export function* generateCorpus(options: CorpusOptions): Generator<ArticleGraph> {
  const reported: Ring = { items: [], next: 0 };
  const random = seededRandom(options.seed);
  const nActors = actorCount(options.relations);
  const cumulative = popularity(nActors);
  const actorCache = new Map<number, ActorRow>();
  const actor = (i: number) => {
    let row = actorCache.get(i);
    if (!row) {
      row = makeActor(i, options.seed);
      if (actorCache.size < 200_000) actorCache.set(i, row);
    }
    return row;
  };
  let remaining = options.relations;
  let n = 0;
  while (remaining > 0) {
    const count = Math.min(remaining, 20 + Math.floor(random() * 31));
    remaining -= count;
    yield makeArticle(n++, count, random, cumulative, actor, reported);
  }
}

/** An event relation an earlier article reported, which a later one may report again. */
interface EarlierReport {
  readonly definition: (typeof RELATION_TYPES)[number];
  readonly source: ActorRow;
  readonly target: ActorRow;
  readonly when: RelationDate;
}

/**
 * The share of relations that report again an event an earlier article reported (same actors, type and dates),
 * so that the benchmark's ingest measures the grouping of events across articles with real groups to form.
 */
export const REPEATED_SHARE = 0.2;
/** The earlier reports a repeat is drawn from: the most recent ones, as news repeats recent events. */
const REPORTS_KEPT = 2000;

/** The last REPORTS_KEPT reports, overwritten in turn. */
interface Ring {
  readonly items: EarlierReport[];
  next: number;
}

function makeArticle(
  n: number,
  relationCount: number,
  random: () => number,
  cumulative: Float64Array,
  actor: (i: number) => ActorRow,
  reported: Ring,
): ArticleGraph {
  const articleMs = FIRST_DAY + Math.floor(random() * DAYS) * DAY_MS;
  const date = iso(articleMs);
  const id = `${date}-bench-${n}`;
  const castSize = Math.min(cumulative.length, 4 + Math.floor(random() * 9));
  const cast = new Set<number>();
  for (let tries = 0; cast.size < castSize && tries < castSize * 50; tries++)
    cast.add(drawRank(random, cumulative));
  const castActors = [...cast].map(actor);

  const dateline = pick(random, ["ISLAMABAD", "KABUL", "GENEVA", "TEHRAN", "NEW DELHI"]);
  let text = `${dateline}: `;
  const mentionOffsets = new Map<string, number[]>();
  const place = (a: ActorRow) => {
    const offsets = mentionOffsets.get(a.id) ?? [];
    offsets.push(text.length);
    mentionOffsets.set(a.id, offsets);
    text += a.name;
  };
  const relations: RelationRow[] = [];
  const named = new Map(castActors.map((a) => [a.id, a]));
  for (let i = 0; i < relationCount; i++) {
    const earlier =
      reported.items.length > 0 && random() < REPEATED_SHARE ? pick(random, reported.items) : undefined;
    const definition = earlier?.definition ?? weighted(random, TYPE_WEIGHTS);
    const source = earlier?.source ?? pick(random, castActors);
    let target = earlier?.target ?? pick(random, castActors);
    while (target.id === source.id) target = pick(random, castActors);
    const when = earlier?.when ?? relationDate(random, articleMs);
    named.set(source.id, source);
    named.set(target.id, target);
    if (!earlier && definition.category === "event" && when.dateFrom !== null) {
      reported.items[reported.next] = { definition, source, target, when };
      reported.next = (reported.next + 1) % REPORTS_KEPT;
    }
    const attributor = random() < 0.3 ? pick(random, castActors) : null;
    const status = definition.category === "structural" ? "asserted" : weighted(random, STATUS_WEIGHTS);
    const quantity =
      definition.type === "EXPELS" || definition.type === "PROVIDES_HUMANITARIAN_AID"
        ? 100 * (1 + Math.floor(random() * 900))
        : null;
    const quantityText = quantity === null ? null : `about ${quantity.toLocaleString("en-GB")} people`;
    const role = definition.type === "HOLDS_OFFICE_IN" ? "minister" : null;

    if (i > 0) text += " ";
    if (attributor) {
      text += "According to ";
      place(attributor);
      text += ", ";
    }
    const start = text.length;
    place(source);
    text += ` ${PHRASES[definition.type]} `;
    place(target);
    if (quantityText) text += `, affecting ${quantityText}`;
    if (when.dateText) text += ` ${when.dateText}`;
    const end = text.length;
    text += ".";
    relations.push({
      id: `${id}:r${i + 1}`,
      type: definition.type,
      category: definition.category,
      source: source.id,
      target: target.id,
      articleId: id,
      evidence: text.slice(start, end),
      start,
      end,
      evidenceSource: "body",
      ...when,
      attributedTo: attributor?.id ?? null,
      status,
      quantity,
      quantityText,
      role,
      cameo: definition.cameo,
      cameoRoot: definition.cameo === null ? null : cameoRoot(definition.cameo),
      plover: definition.plover,
      ploverMode: definition.ploverMode,
      note: null,
      coder: "human",
      confidence: null,
    });
  }
  const actors = [...named.values()].filter((a) => mentionOffsets.has(a.id));
  const mentions: MentionRow[] = actors.map((a) => {
    const offsets = mentionOffsets.get(a.id) as number[];
    return { actorId: a.id, count: offsets.length, offsets, forms: offsets.map(() => a.name) };
  });
  return {
    article: {
      id,
      title: `Benchmark article ${n}: ${castActors[0]?.name ?? ""} and others`,
      date,
      dateline,
      text,
      source: "actorgraph benchmark",
      url: null,
    },
    actors,
    mentions,
    relations,
  };
}
