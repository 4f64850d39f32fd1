import { type RelationStatus, type RelationType, relationTypeDefinition } from "./vocabulary.ts";

/**
 * Events across articles: the relations of one pair of actors that report the same event, grouped. Pure and
 * deterministic: the same reports in any order give the same events, with the same ids, in the same order. The
 * loader runs it for the pairs an ingest, a removal or a merge touches (src/loader/regroup-events.ts); the rules
 * are documented in docs/model.md ("Events across articles").
 */

/** Undated reports join an event reported within this many days (article dates), and cluster within it. */
export const UNDATED_WINDOW_DAYS = 7;
/** Dated reports whose days are this close count as overlapping: outlets differ by a day on when a visit was. */
export const DATE_SLACK_DAYS = 1;
/** A dated report spanning more than this ("this year", "since 2021") is too vague to group by its dates. */
export const PRECISE_SPAN_DAYS = 31;
/** A plan with no usable dates is linked to an outcome first reported within this many days of it. */
export const PLAN_OUTCOME_WINDOW_DAYS = 60;

/** One relation as the grouping reads it: its own fields and its article's date and publication. */
export interface EventReport {
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly status: RelationStatus;
  /** ISO days, as the relation stores them (dateFrom null: undated or open at its start). */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly quantity: number | null;
  readonly articleId: string;
  readonly articleDate: string;
  /** The article's publication; an article without one counts as a publication of its own. */
  readonly publication: string | null;
}

export const CONTRADICTION_KINDS = ["QUANTITY", "DATE", "DENIAL", "CANCELLED"] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

/** Two reports that disagree; `first` is the earlier report (article date, then id). */
export interface Contradiction {
  readonly kind: ContradictionKind;
  readonly first: { readonly id: string; readonly type: RelationType };
  readonly second: { readonly id: string; readonly type: RelationType };
}

export type EventKind = "plan" | "occurrence";

export interface GroupedEvent {
  /** `event:` and the smallest id of its reports: stable while that report stays. */
  readonly id: string;
  readonly kind: EventKind;
  /** The event's type: the reports' type, VISITS for a hosted visit (HOSTS, read from the visitor's side). */
  readonly type: RelationType;
  /** The reports' types, sorted. */
  readonly types: readonly RelationType[];
  readonly source: string;
  readonly target: string;
  /** The unordered pair, `a|b` with a < b: what the loader regroups by. */
  readonly pair: string;
  /** Sorted by article date, then id. */
  readonly reports: readonly { readonly id: string; readonly type: RelationType }[];
  /** Earliest dateFrom and latest dateTo of its dated reports; null when none is dated. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly firstReported: string;
  readonly lastReported: string;
  /** Where it stands in time: firstDate, or (undated) its first article's date. */
  readonly date: string;
  readonly datedBy: "RELATION" | "ARTICLE";
  readonly articles: readonly string[];
  readonly sources: readonly string[];
  readonly planIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly contradictions: readonly Contradiction[];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byArticleThenId = (a: EventReport, b: EventReport): number =>
  compare(a.articleDate, b.articleDate) || compare(a.id, b.id);

/** Types that say the same of both ends: talks between A and B are talks between B and A. */
const SYMMETRIC: ReadonlySet<RelationType> = new Set<RelationType>(["CONSULTS", "FIGHTS"]);
/** A type read from the other end: B hosting A is A visiting B. */
const CONVERSE: Partial<Record<RelationType, RelationType>> = { HOSTS: "VISITS" };
/** What a PLANS_VISIT turns into when it happens; a `planned` relation of any other type turns into itself. */
const PLAN_OUTCOMES: Partial<Record<RelationType, readonly RelationType[]>> = {
  PLANS_VISIT: ["VISITS", "CONSULTS"],
};

interface Keyed {
  readonly report: EventReport;
  readonly kind: EventKind;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
}

/** The event family a report belongs to: plan or occurrence, its type and its ends, read the same way for all. */
function keyOf(report: EventReport): Keyed {
  const kind: EventKind =
    report.type === "PLANS_VISIT" || report.status === "planned" || report.status === "cancelled"
      ? "plan"
      : "occurrence";
  const converse = CONVERSE[report.type];
  let type = report.type;
  let [source, target] = [report.source, report.target];
  if (converse) [type, source, target] = [converse, target, source];
  // "Will visit" and "plans to visit" announce the same thing.
  if (kind === "plan" && type === "VISITS") type = "PLANS_VISIT";
  if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
  return { report, kind, type, source, target };
}

interface Span {
  readonly from: number;
  readonly to: number;
}

const PRECISE = "precise";
const VAGUE = "vague";
const UNDATED = "undated";

function spanOf(r: EventReport): Span | null {
  if (r.dateFrom === null) return null;
  return {
    from: dayNumber(r.dateFrom),
    to: r.dateTo === null ? Number.POSITIVE_INFINITY : dayNumber(r.dateTo),
  };
}

function precision(r: EventReport): typeof PRECISE | typeof VAGUE | typeof UNDATED {
  const span = spanOf(r);
  if (span === null) return UNDATED;
  return span.to - span.from <= PRECISE_SPAN_DAYS ? PRECISE : VAGUE;
}

const overlaps = (a: Span, b: Span, slack: number): boolean =>
  a.from <= b.to + slack && b.from <= a.to + slack;

interface Cluster {
  readonly members: EventReport[];
  span: Span | null;
  /** First and last article day among its members, kept as members join. */
  firstDay: number;
  lastDay: number;
}

function newCluster(span: Span | null): Cluster {
  return { members: [], span, firstDay: Number.POSITIVE_INFINITY, lastDay: Number.NEGATIVE_INFINITY };
}

function join(c: Cluster, r: EventReport): void {
  c.members.push(r);
  const day = dayNumber(r.articleDate);
  c.firstDay = Math.min(c.firstDay, day);
  c.lastDay = Math.max(c.lastDay, day);
}

const minId = (members: readonly EventReport[]): string => members.map((r) => r.id).sort(compare)[0] ?? "";

/**
 * Nearest cluster among `candidates` (in the order of their first day, then first id) to a report's article
 * day, within `window` days; the earlier one on a tie. A cluster reaches from its first article to its last
 * article or its last day, whichever is later: a plan is still news until the day it was planned for, so a
 * cancellation published before then finds it.
 */
function nearest(report: EventReport, candidates: readonly Cluster[], window: number): Cluster | undefined {
  const day = dayNumber(report.articleDate);
  let best: Cluster | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const to = Math.max(c.lastDay, Number.isFinite(c.span?.to) ? (c.span?.to as number) : c.lastDay);
    const gap = day < c.firstDay ? c.firstDay - day : day > to ? day - to : 0;
    if (gap <= window && gap < bestGap) [best, bestGap] = [c, gap];
  }
  return best;
}

/**
 * One family's reports (same kind, type and ends) cut into events: precise dates that overlap (with a day's
 * slack) make one event; a vague date joins the overlapping event reported nearest in time; an undated report
 * joins the event reported nearest within the window; what joins nothing clusters by article dates.
 */
function clusterFamily(reports: readonly EventReport[]): Cluster[] {
  const sorted = [...reports].sort(byArticleThenId);
  const precise = sorted
    .filter((r) => precision(r) === PRECISE)
    .sort((a, b) => {
      const [x, y] = [spanOf(a) as Span, spanOf(b) as Span];
      return x.from - y.from || x.to - y.to || compare(a.id, b.id);
    });
  const clusters: Cluster[] = [];
  for (const r of precise) {
    const span = spanOf(r) as Span;
    const last = clusters.at(-1);
    if (last?.span && overlaps(last.span, span, DATE_SLACK_DAYS)) {
      last.span = { from: last.span.from, to: Math.max(last.span.to, span.to) };
      join(last, r);
    } else {
      const c = newCluster(span);
      join(c, r);
      clusters.push(c);
    }
  }
  // Precise clusters are already in the order of their first day (ids break no tie: spans do not overlap).
  const dated = [...clusters];
  const leftover: EventReport[] = [];
  for (const r of sorted.filter((x) => precision(x) === VAGUE)) {
    const span = spanOf(r) as Span;
    const overlapping = dated.filter((c) => c.span && overlaps(c.span, span, 0));
    const into = nearest(r, overlapping, Number.POSITIVE_INFINITY);
    if (into) join(into, r);
    else leftover.push(r);
  }
  for (const r of sorted.filter((x) => precision(x) === UNDATED)) {
    const into = nearest(r, dated, UNDATED_WINDOW_DAYS);
    if (into) join(into, r);
    else leftover.push(r);
  }
  let open: Cluster | undefined;
  for (const r of leftover.sort(byArticleThenId)) {
    if (!open || dayNumber(r.articleDate) - open.firstDay > UNDATED_WINDOW_DAYS) {
      open = newCluster(null);
      clusters.push(open);
    }
    join(open, r);
  }
  return clusters;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Contradictions inside one event, each report paired with the event's first that disagrees: no cross products. */
function contradictionsOf(kind: EventKind, reports: readonly EventReport[]): Contradiction[] {
  const ref = (r: EventReport) => ({ id: r.id, type: r.type });
  const found: Contradiction[] = [];
  const pairWithFirst = (kindOf: ContradictionKind, firsts: EventReport[], seconds: EventReport[]) => {
    for (const second of seconds) {
      const first = firsts.find((f) => f.articleId !== second.articleId);
      if (first) found.push({ kind: kindOf, first: ref(first), second: ref(second) });
    }
  };
  const withQuantity = reports.filter((r) => r.quantity !== null);
  const firstQuantity = withQuantity[0];
  if (firstQuantity) {
    const seen = new Set<number | null>([firstQuantity.quantity]);
    for (const r of withQuantity) {
      if (seen.has(r.quantity)) continue;
      seen.add(r.quantity);
      pairWithFirst("QUANTITY", [firstQuantity], [r]);
    }
  }
  const precise = reports.filter((r) => precision(r) === PRECISE);
  const firstDated = precise[0];
  if (firstDated) {
    const span = spanOf(firstDated) as Span;
    pairWithFirst(
      "DATE",
      [firstDated],
      precise.filter((r) => !overlaps(span, spanOf(r) as Span, 0)),
    );
  }
  if (kind === "occurrence") {
    const stated = reports.filter((r) => r.status !== "denied");
    pairWithFirst(
      "DENIAL",
      stated,
      reports.filter((r) => r.status === "denied"),
    );
  } else {
    const plans = reports.filter((r) => r.status !== "cancelled");
    pairWithFirst(
      "CANCELLED",
      plans,
      reports.filter((r) => r.status === "cancelled"),
    );
  }
  return found;
}

interface Built {
  event: Omit<GroupedEvent, "planIds" | "outcomeIds" | "contradictions"> & {
    planIds: string[];
    outcomeIds: string[];
    contradictions: Contradiction[];
  };
  readonly keyed: Keyed;
  readonly members: readonly EventReport[];
  readonly span: Span | null;
}

function build(keyed: Keyed, cluster: Cluster): Built {
  const members = [...cluster.members].sort(byArticleThenId);
  const spans = members.map(spanOf).filter((s): s is Span => s !== null);
  const from = spans.length ? Math.min(...spans.map((s) => s.from)) : null;
  const to = spans.length ? Math.max(...spans.map((s) => s.to)) : null;
  const firstReported = members[0]?.articleDate as string;
  const [a, b] = [keyed.source, keyed.target].sort(compare);
  const firstDate = from === null ? null : isoOf(from);
  return {
    keyed,
    members,
    span: from === null || to === null ? null : { from, to },
    event: {
      id: `event:${minId(members)}`,
      kind: keyed.kind,
      type: keyed.type,
      types: [...new Set(members.map((m) => m.type))].sort(compare),
      source: keyed.source,
      target: keyed.target,
      pair: `${a}|${b}`,
      reports: members.map((m) => ({ id: m.id, type: m.type })),
      firstDate,
      lastDate: to === null || !Number.isFinite(to) ? null : isoOf(to),
      firstReported,
      lastReported: members.at(-1)?.articleDate as string,
      date: firstDate ?? firstReported,
      datedBy: firstDate === null ? "ARTICLE" : "RELATION",
      articles: [...new Set(members.map((m) => m.articleId))].sort(compare),
      sources: [...new Set(members.map((m) => m.publication ?? m.articleId))].sort(compare),
      planIds: [],
      outcomeIds: [],
      contradictions: contradictionsOf(keyed.kind, members),
    },
  };
}

/** Can `outcome` be what `plan` announced: a compatible type, the same ends, reported after it, at the time planned. */
function fulfils(plan: Built, outcome: Built): boolean {
  if (plan.members.some((m) => m.status === "cancelled")) return false;
  const outcomes = PLAN_OUTCOMES[plan.keyed.type] ?? [plan.keyed.type];
  if (!outcomes.includes(outcome.keyed.type)) return false;
  const sameEnds =
    (plan.keyed.source === outcome.keyed.source && plan.keyed.target === outcome.keyed.target) ||
    (SYMMETRIC.has(outcome.keyed.type) && plan.event.pair === outcome.event.pair);
  if (!sameEnds || outcome.event.firstReported < plan.event.firstReported) return false;
  if (plan.span && outcome.span) return overlaps(plan.span, outcome.span, DATE_SLACK_DAYS);
  return (
    dayNumber(outcome.event.firstReported) - dayNumber(plan.event.firstReported) <= PLAN_OUTCOME_WINDOW_DAYS
  );
}

/**
 * A DENIES b→a answering an accusation a→b reported around the same time: the accusation's event records it as
 * a denial, with the accusation's first report (within an event, a `denied` status does the same).
 */
function deniedBy(accusation: Built, denial: Built): boolean {
  const plover = relationTypeDefinition(accusation.keyed.type)?.plover;
  if (accusation.keyed.kind !== "occurrence") return false;
  if (plover !== "ACCUSE" && accusation.keyed.type !== "HARBOURS") return false;
  if (denial.keyed.type !== "DENIES") return false;
  if (denial.keyed.source !== accusation.keyed.target || denial.keyed.target !== accusation.keyed.source)
    return false;
  const gap = dayNumber(denial.event.firstReported) - dayNumber(accusation.event.firstReported);
  return gap >= 0 && gap <= UNDATED_WINDOW_DAYS;
}

/** Links a pair's plans to their outcomes and records the DENIES that answer its accusations. */
function linkWithinPair(built: readonly Built[]): void {
  const plans = built.filter((b) => b.keyed.kind === "plan");
  const occurrences = built.filter((b) => b.keyed.kind === "occurrence");
  for (const plan of plans) {
    const outcome = occurrences.find((o) => fulfils(plan, o));
    if (!outcome) continue;
    plan.event.outcomeIds.push(outcome.event.id);
    outcome.event.planIds.push(plan.event.id);
  }
  for (const accusation of occurrences) {
    const first = accusation.members[0];
    if (!first) continue;
    for (const denial of occurrences.filter((d) => deniedBy(accusation, d))) {
      for (const m of denial.members) {
        accusation.event.contradictions.push({
          kind: "DENIAL",
          first: { id: first.id, type: first.type },
          second: { id: m.id, type: m.type },
        });
      }
    }
  }
}

/**
 * The events of the given reports. Reports of structural types are left out (an office held is not an event).
 * The reports may span several pairs; each event holds one pair's reports.
 */
export function groupEvents(reports: readonly EventReport[]): GroupedEvent[] {
  const families = new Map<string, { keyed: Keyed; reports: EventReport[] }>();
  const unique = new Map(reports.map((r) => [r.id, r]));
  for (const report of unique.values()) {
    if (relationTypeDefinition(report.type)?.category !== "event") continue;
    const keyed = keyOf(report);
    const key = [keyed.kind, keyed.type, keyed.source, keyed.target].join("\u0000");
    const family = families.get(key) ?? { keyed, reports: [] };
    family.reports.push(report);
    families.set(key, family);
  }
  const built = [...families.values()].flatMap((f) => clusterFamily(f.reports).map((c) => build(f.keyed, c)));
  built.sort((x, y) => compare(x.event.date, y.event.date) || compare(x.event.id, y.event.id));
  // Plans, outcomes and denials meet only within a pair: link pair by pair, not across the whole input.
  const byPair = new Map<string, Built[]>();
  for (const b of built) {
    const events = byPair.get(b.event.pair);
    if (events) events.push(b);
    else byPair.set(b.event.pair, [b]);
  }
  for (const events of byPair.values()) linkWithinPair(events);
  return built.map((b) => b.event);
}

/** The unordered pair key of two actor ids, as events store it. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
