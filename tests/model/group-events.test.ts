import { describe, expect, it } from "vitest";
import { type EventReport, groupEvents } from "../../src/model/group-events.ts";

/** A report between Valdor (v) and Kessia (k), published on `articleDate` by `publication`. */
function report(id: string, fields: Partial<EventReport>): EventReport {
  return {
    id,
    type: "VISITS",
    source: "k",
    target: "v",
    status: "asserted",
    dateFrom: null,
    dateTo: null,
    quantity: null,
    articleId: id.split(":")[0] as string,
    articleDate: "2025-06-10",
    publication: `${id.split(":")[0]} paper`,
    ...fields,
  };
}

const day = (d: string) => ({ dateFrom: d, dateTo: d });

const STORY: EventReport[] = [
  report("a1:visit", { ...day("2025-06-09"), articleDate: "2025-06-09", quantity: 3000 }),
  report("a2:visit", { ...day("2025-06-10"), articleDate: "2025-06-10", quantity: 5000 }),
  report("a3:hosted", { type: "HOSTS", source: "v", target: "k", articleDate: "2025-06-11" }),
  report("a0:plan", {
    type: "PLANS_VISIT",
    status: "planned",
    dateFrom: "2025-06-09",
    dateTo: "2025-06-15",
    articleDate: "2025-06-03",
  }),
  report("a0:summit-plan", {
    type: "CONSULTS",
    status: "planned",
    ...day("2025-07-01"),
    articleDate: "2025-06-03",
  }),
  report("a4:summit-off", {
    type: "CONSULTS",
    status: "cancelled",
    articleDate: "2025-06-28",
    source: "v",
    target: "k",
  }),
  report("a1:accuses", { type: "ACCUSES", source: "v", target: "k", articleDate: "2025-06-09" }),
  report("a2:denies", { type: "DENIES", source: "k", target: "v", articleDate: "2025-06-10" }),
  report("a5:office", { type: "HOLDS_OFFICE_IN", source: "k", target: "v" }),
];

describe("groupEvents", () => {
  const events = groupEvents(STORY);
  const byId = new Map(events.map((e) => [e.id, e]));

  it("groups one visit reported three times, a hosted visit read from the visitor's side", () => {
    const visit = byId.get("event:a1:visit");
    expect(visit).toMatchObject({
      kind: "occurrence",
      type: "VISITS",
      types: ["HOSTS", "VISITS"],
      source: "k",
      target: "v",
      pair: "k|v",
      firstDate: "2025-06-09",
      lastDate: "2025-06-10",
      firstReported: "2025-06-09",
      lastReported: "2025-06-11",
      datedBy: "RELATION",
      articles: ["a1", "a2", "a3"],
      sources: ["a1 paper", "a2 paper", "a3 paper"],
      planIds: ["event:a0:plan"],
    });
    expect(visit?.reports.map((r) => r.id)).toEqual(["a1:visit", "a2:visit", "a3:hosted"]);
  });

  it("flags the other crowd figure and the other day, each against the first report", () => {
    expect(byId.get("event:a1:visit")?.contradictions).toEqual([
      {
        kind: "QUANTITY",
        first: { id: "a1:visit", type: "VISITS" },
        second: { id: "a2:visit", type: "VISITS" },
      },
      { kind: "DATE", first: { id: "a1:visit", type: "VISITS" }, second: { id: "a2:visit", type: "VISITS" } },
    ]);
  });

  it("links a plan to its outcome, and a cancelled plan to none, with the cancellation flagged", () => {
    expect(byId.get("event:a0:plan")).toMatchObject({ kind: "plan", outcomeIds: ["event:a1:visit"] });
    const summit = byId.get("event:a0:summit-plan");
    expect(summit).toMatchObject({
      kind: "plan",
      type: "CONSULTS",
      source: "k",
      target: "v",
      outcomeIds: [],
    });
    expect(summit?.reports.map((r) => r.id)).toEqual(["a0:summit-plan", "a4:summit-off"]);
    expect(summit?.contradictions).toEqual([
      {
        kind: "CANCELLED",
        first: { id: "a0:summit-plan", type: "CONSULTS" },
        second: { id: "a4:summit-off", type: "CONSULTS" },
      },
    ]);
  });

  it("records a denial against the accusation it answers; offices are no events", () => {
    expect(byId.get("event:a1:accuses")?.contradictions).toEqual([
      {
        kind: "DENIAL",
        first: { id: "a1:accuses", type: "ACCUSES" },
        second: { id: "a2:denies", type: "DENIES" },
      },
    ]);
    expect(events.map((e) => e.id)).not.toContain("event:a5:office");
    expect(events).toHaveLength(5);
  });

  it("gives the same events and ids in any order of its input", () => {
    const reversed = groupEvents([...STORY].reverse());
    const shuffled = groupEvents([5, 2, 8, 0, 7, 1, 4, 6, 3].map((i) => STORY[i] as EventReport));
    expect(reversed).toEqual(events);
    expect(shuffled).toEqual(events);
  });

  it("keeps visits planned for April and for May apart", () => {
    const plans = groupEvents([
      report("b1:april", {
        type: "PLANS_VISIT",
        status: "planned",
        ...day("2025-04-20"),
        articleDate: "2025-04-01",
      }),
      report("b2:may", {
        type: "PLANS_VISIT",
        status: "planned",
        ...day("2025-05-20"),
        articleDate: "2025-04-02",
      }),
    ]);
    expect(plans.map((e) => e.id)).toEqual(["event:b1:april", "event:b2:may"]);
  });

  it("places an undated report by its article: with an event reported within the window, or alone", () => {
    const grouped = groupEvents([
      report("c1:visit", { ...day("2025-06-09"), articleDate: "2025-06-09" }),
      report("c2:visit", { articleDate: "2025-06-14" }),
      report("c3:visit", { articleDate: "2025-08-01" }),
    ]);
    expect(grouped.map((e) => [e.id, e.reports.length, e.date, e.datedBy])).toEqual([
      ["event:c1:visit", 2, "2025-06-09", "RELATION"],
      ["event:c3:visit", 1, "2025-08-01", "ARTICLE"],
    ]);
  });
});
