import type { ArticleGraph } from "../model/article-graph.ts";
import type { RelationRow } from "../model/rows.ts";

/**
 * How a machine draft compares with the human annotation of the same article, both validated: the coder's tuning
 * measure (the full evaluation is `npm run eval:extract`). Actors are matched by where the article names them: a
 * machine actor stands for the human actor whose mentions its own mentions overlap most.
 */
export interface DraftScore {
  readonly actors: Ratio;
  readonly relations: Ratio;
  readonly untypedRelations: Ratio;
  /** Among typed matches: how often status, date and attribution agree. */
  readonly status: number;
  readonly date: number;
  readonly attribution: number;
  /** Machine actor id → the human actor it stands for. */
  readonly actorMap: ReadonlyMap<string, string>;
  readonly matched: readonly { readonly machine: RelationRow; readonly human: RelationRow }[];
  readonly missed: readonly RelationRow[];
  readonly spurious: readonly RelationRow[];
}

export interface Ratio {
  readonly human: number;
  readonly machine: number;
  readonly matched: number;
  readonly recall: number;
  readonly precision: number;
}

const ratio = (human: number, machine: number, matched: number, machineMatched = matched): Ratio => ({
  human,
  machine,
  matched,
  recall: human === 0 ? 1 : matched / human,
  precision: machine === 0 ? 1 : machineMatched / machine,
});

function spans(graph: ArticleGraph): Map<string, { start: number; end: number }[]> {
  return new Map(
    graph.mentions.map((m) => [
      m.actorId,
      m.offsets.map((o, i) => ({ start: o, end: o + (m.forms[i] ?? "").length })),
    ]),
  );
}

export function scoreDraft(machine: ArticleGraph, human: ArticleGraph): DraftScore {
  const humanSpans = spans(human);
  const actorMap = new Map<string, string>();
  for (const [id, own] of spans(machine)) {
    let best: [string, number] | undefined;
    for (const [humanId, theirs] of humanSpans) {
      // Characters in common, so "Ildran's defence ministry" is the ministry's rather than Ildran's.
      const overlap = own
        .flatMap((s) => theirs.map((t) => Math.max(0, Math.min(s.end, t.end) - Math.max(s.start, t.start))))
        .reduce((a, b) => a + b, 0);
      if (overlap > 0 && (!best || overlap > best[1])) best = [humanId, overlap];
    }
    if (best) actorMap.set(id, best[0]);
  }
  const found = new Set(actorMap.values());
  const actors = ratio(human.actors.length, machine.actors.length, found.size, actorMap.size);

  const key = (r: RelationRow, map: (id: string) => string | undefined, typed: boolean) =>
    `${map(r.source)}|${typed ? r.type : ""}|${map(r.target)}`;
  const mapped = (id: string) => actorMap.get(id);
  const same = (id: string) => id;
  const match = (typed: boolean) => {
    const open = [...human.relations];
    const pairs: { machine: RelationRow; human: RelationRow }[] = [];
    for (const r of machine.relations) {
      const k = key(r, mapped, typed);
      // Among equal keys, the human relation whose evidence overlaps this one's most.
      const overlap = (h: RelationRow) => Math.max(0, Math.min(h.end, r.end) - Math.max(h.start, r.start));
      const i =
        open
          .map((h, at) => ({ h, at }))
          .filter(({ h }) => key(h, same, typed) === k)
          .sort((a, b) => overlap(b.h) - overlap(a.h))[0]?.at ?? -1;
      if (i >= 0) pairs.push({ machine: r, human: open.splice(i, 1)[0] as RelationRow });
    }
    return { pairs, open };
  };
  const typed = match(true);
  const untyped = match(false);
  const agree = (f: (p: { machine: RelationRow; human: RelationRow }) => boolean) =>
    typed.pairs.length === 0 ? 0 : typed.pairs.filter(f).length / typed.pairs.length;
  const matchedMachine = new Set(typed.pairs.map((p) => p.machine));
  return {
    actors,
    relations: ratio(human.relations.length, machine.relations.length, typed.pairs.length),
    untypedRelations: ratio(human.relations.length, machine.relations.length, untyped.pairs.length),
    status: agree((p) => p.machine.status === p.human.status),
    date: agree((p) => p.machine.date === p.human.date),
    attribution: agree(
      (p) => (p.machine.attributedTo ? mapped(p.machine.attributedTo) : null) === p.human.attributedTo,
    ),
    actorMap,
    matched: typed.pairs,
    missed: typed.open,
    spurious: machine.relations.filter((r) => !matchedMachine.has(r)),
  };
}
