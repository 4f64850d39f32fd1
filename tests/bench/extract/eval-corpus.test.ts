import { describe, expect, it } from "vitest";
import { evalArticles } from "../../../bench/extract/eval-corpus.ts";
import { validateAll } from "../../../src/loader/load-annotations.ts";

describe("the extraction evaluation's articles", async () => {
  const articles = await evalArticles();
  const warnings: string[] = [];
  // Together, as the evaluation reads them: each is checked against the others' actors, so a new actor that
  // resembles another article's (a bare "police" alias, say) fails here before it confuses resolution.
  const graphs = await validateAll(
    articles.map((a) => a.annotation),
    (line) => warnings.push(line),
  );
  const bySet = (set: string) => graphs.filter((_, i) => articles[i]?.set === set);

  it("are the seed, four tuning and four held-out articles, all valid without a warning", () => {
    expect(articles.map((a) => a.set)).toEqual([
      "seed",
      ...Array<string>(4).fill("tuning"),
      ...Array<string>(4).fill("held-out"),
    ]);
    expect(warnings).toEqual([]);
    expect(bySet("tuning").map((g) => g.article.id)).toContain("2025-05-22-corvania-ildran-ridge-clash");
    expect(bySet("held-out").map((g) => g.article.id)).toContain("2026-01-22-varesh-ultimatum-tolmark");
  });

  it("hold as many relations as the seed's per article, each quoting its article exactly", () => {
    const counts = graphs.map((g) => g.relations.length);
    expect(counts[0]).toBe(31);
    expect(counts.reduce((a, b) => a + b)).toBe(31 + 24 + 22 + 26 + 27 + 19 + 24 + 23 + 25);
    for (const g of graphs) {
      for (const r of g.relations) expect(g.article.text.slice(r.start, r.end)).toBe(r.evidence);
    }
  });

  it("cover every status and reuse the seed's actors by ref (the IOM, the UN, the UN refugee agency)", () => {
    const statuses = new Set(graphs.flatMap((g) => g.relations.map((r) => r.status)));
    expect([...statuses].sort()).toEqual(["alleged", "asserted", "historical", "planned"]);
    const marrova = bySet("tuning")[0];
    expect(marrova?.relations.find((r) => r.id.endsWith(":iom-deportee-count"))).toMatchObject({
      attributedTo: "iom",
      date: "2025-02",
      quantity: 9500,
    });
  });
});
