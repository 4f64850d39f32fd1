import { describe, expect, it } from "vitest";
import { generateCorpus, REPEATED_SHARE } from "../../bench/generate-corpus.ts";
import { groupEvents } from "../../src/model/group-events.ts";
import { ACTOR_KINDS, RELATION_STATUSES, relationTypeDefinition } from "../../src/model/vocabulary.ts";

const corpus = (relations: number, seed: number) => [...generateCorpus({ relations, seed })];

describe("the benchmark's corpus generator", () => {
  it("is deterministic for a seed, and another seed gives another corpus", () => {
    expect(JSON.stringify(corpus(2000, 7))).toBe(JSON.stringify(corpus(2000, 7)));
    expect(JSON.stringify(corpus(2000, 8))).not.toBe(JSON.stringify(corpus(2000, 7)));
  });

  it("gives exactly the relations asked for, 20 to 50 per article (the last may be short)", () => {
    const graphs = corpus(5000, 1);
    expect(graphs.reduce((n, g) => n + g.relations.length, 0)).toBe(5000);
    for (const g of graphs.slice(0, -1)) {
      expect(g.relations.length).toBeGreaterThanOrEqual(20);
      expect(g.relations.length).toBeLessThanOrEqual(50);
    }
  });

  it("passes the loader's own checks: offsets slice the text to the evidence, types and codes from the vocabulary", () => {
    const ids = new Set<string>();
    for (const g of corpus(5000, 3)) {
      const actorIds = new Set(g.actors.map((a) => a.id));
      for (const r of g.relations) {
        expect(g.article.text.slice(r.start, r.end)).toBe(r.evidence);
        const definition = relationTypeDefinition(r.type);
        expect(definition).toBeDefined();
        expect(r.category).toBe(definition?.category);
        expect(r.cameo).toBe(definition?.cameo);
        expect(r.plover).toBe(definition?.plover);
        expect(RELATION_STATUSES).toContain(r.status);
        expect(r.id.startsWith(`${g.article.id}:`)).toBe(true);
        expect(r.articleId).toBe(g.article.id);
        expect(actorIds.has(r.source) && actorIds.has(r.target)).toBe(true);
        expect(r.source).not.toBe(r.target);
        if (r.attributedTo !== null) expect(actorIds.has(r.attributedTo)).toBe(true);
        if (r.dateText !== null) expect(r.evidence).toContain(r.dateText);
        if (r.dateTo !== null) expect(r.dateFrom !== null && r.dateFrom <= r.dateTo).toBe(true);
        ids.add(r.id);
      }
      for (const m of g.mentions) {
        expect(actorIds.has(m.actorId)).toBe(true);
        expect(m.offsets).toHaveLength(m.count);
        expect([...m.offsets].sort((a, b) => a - b)).toEqual(m.offsets);
        m.offsets.forEach((o, i) => {
          const form = m.forms[i] as string;
          expect(g.article.text.slice(o, o + form.length)).toBe(form);
        });
      }
      expect(new Set(g.mentions.map((m) => m.actorId))).toEqual(actorIds);
      for (const a of g.actors) expect(ACTOR_KINDS).toContain(a.kind);
    }
    expect(ids.size).toBe(5000);
  });

  it("draws actors with a power-law degree: a few hubs, most actors with a handful", () => {
    const degree = new Map<string, number>();
    for (const g of corpus(20_000, 5))
      for (const r of g.relations)
        for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(1000);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(60);
  });

  it("reports a share of events again in later articles, which the grouping gathers into one event", () => {
    const graphs = corpus(20_000, 9);
    const seen = new Map<string, string>();
    let repeats = 0;
    let events = 0;
    for (const g of graphs) {
      for (const r of g.relations) {
        if (r.category !== "event" || r.dateFrom === null) continue;
        events++;
        const key = [r.type, r.source, r.target, r.date].join(" ");
        const first = seen.get(key);
        if (first !== undefined && first !== g.article.id) repeats++;
        else seen.set(key, g.article.id);
      }
    }
    expect(repeats / events).toBeGreaterThan(REPEATED_SHARE / 2);
    expect(repeats / events).toBeLessThan(REPEATED_SHARE * 1.5);
    const reports = graphs.flatMap((g) =>
      g.relations.map((r) => ({ ...r, articleDate: g.article.date, publication: g.article.source })),
    );
    const grouped = groupEvents(reports);
    const multi = grouped.filter((e) => e.articles.length > 1).length;
    expect(multi).toBeGreaterThan(repeats / 3);
  });
});
