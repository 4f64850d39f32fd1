import { describe, expect, it } from "vitest";
import { useClaimsCorpusYoga } from "../helpers/claims-corpus.ts";
import { dataOf, postGraphql } from "../helpers/graphql-request.ts";

const A1 = "2025-03-03-orvane-accuses-dustmark";
const A2 = "2025-03-05-dustmark-rejects-jamming";
const A3 = "2025-03-10-interior-ministry-dismisses";
const A4 = "2025-03-12-moss-visits-dustmark";

interface Placed {
  id: string;
  dateFrom: string | null;
  placedAt: string | null;
  datedBy: string | null;
}
const marks = (list: Placed[]) => list.map((r) => [r.id, r.placedAt, r.datedBy]);

describe("undatedAtArticleDate: undated relations placed at their article's date, marked", {
  timeout: 300_000,
}, () => {
  const { yoga } = useClaimsCorpusYoga();
  const between = async (args: string): Promise<Placed[]> =>
    dataOf(
      await postGraphql(
        yoga(),
        `{ relationsBetween(actor: "orvane-government", other: "dustmark-government"${args}) { id dateFrom placedAt datedBy } }`,
      ),
    ).relationsBetween;
  const timeline = async (args: string): Promise<Placed[]> =>
    dataOf(await postGraphql(yoga(), `{ timeline(${args}) { id dateFrom placedAt datedBy } }`)).timeline;

  it("relationsBetween puts them last by default, unmarked", async () => {
    expect(marks(await between(""))).toEqual([
      [`${A1}:farms-shelled`, null, null],
      [`${A1}:talks-next-month`, null, null],
      [`${A1}:radios-jammed`, null, null],
      [`${A2}:jamming-rejected`, null, null],
      [`${A4}:fishing-accord`, null, null],
    ]);
  });

  it("relationsBetween places them at their article's date, before next month's talks", async () => {
    expect(marks(await between(", undatedAtArticleDate: true"))).toEqual([
      [`${A1}:farms-shelled`, "2025-03-02", "RELATION"],
      [`${A1}:radios-jammed`, "2025-03-03", "ARTICLE"],
      [`${A2}:jamming-rejected`, "2025-03-05", "ARTICLE"],
      [`${A4}:fishing-accord`, "2025-03-12", "ARTICLE"],
      [`${A1}:talks-next-month`, "2025-04-01", "RELATION"],
    ]);
  });

  it("timeline of one actor keeps a date range by the article's date", async () => {
    const range = `actor: "orvane-government", from: "2025-03-04", to: "2025-03-11"`;
    expect(await timeline(range)).toEqual([]);
    const placed = await timeline(`${range}, undatedAtArticleDate: true`);
    expect(marks(placed)).toEqual([
      [`${A2}:jamming-rejected`, "2025-03-05", "ARTICLE"],
      [`${A2}:ministry-of-orvane`, "2025-03-05", "ARTICLE"],
      [`${A3}:criticism-dismissed`, "2025-03-10", "ARTICLE"],
    ]);
    expect(placed.every((r) => r.dateFrom === null)).toBe(true);
  });

  it("timeline across the corpus merges placed and dated relations in one stable order, page by page", async () => {
    const all = await timeline("undatedAtArticleDate: true, limit: 30");
    expect(all).toHaveLength(15);
    // Ties on a day break by id: the minister's dated visit between the accord and the envoy's talks, all 12 March.
    expect(marks(all.slice(-6, -1))).toEqual([
      [`${A4}:fishing-accord`, "2025-03-12", "ARTICLE"],
      [`${A4}:moss-minister`, "2025-03-12", "ARTICLE"],
      [`${A4}:moss-visit`, "2025-03-12", "RELATION"],
      [`${A4}:roe-envoy`, "2025-03-12", "ARTICLE"],
      [`${A4}:roe-talks`, "2025-03-12", "ARTICLE"],
    ]);
    expect(all.slice(0, 2).map((r) => r.id)).toEqual([`${A1}:farms-shelled`, `${A1}:army-of-dustmark`]);
    const pages = [];
    for (const offset of [0, 4, 8, 12]) {
      pages.push(...(await timeline(`undatedAtArticleDate: true, limit: 4, offset: ${offset}`)));
    }
    expect(pages.map((r) => r.id)).toEqual(all.map((r) => r.id));
    // Next month's talks, reported first, come after everything placed in March.
    expect(marks(all.slice(-1))).toEqual([[`${A1}:talks-next-month`, "2025-04-01", "RELATION"]]);
  });
});
