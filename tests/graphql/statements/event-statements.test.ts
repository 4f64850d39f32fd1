import { beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../../src/graphql/examples.ts";
import { annotationFiles, validateAll } from "../../../src/loader/load-annotations.ts";
import { loadArticle } from "../../../src/loader/load-article.ts";
import { dataOf, onlyError, postGraphql } from "../helpers/graphql-request.ts";
import { useGraphqlYoga } from "../helpers/graphql-yoga.ts";

/**
 * `events` and `storyline` on the fictional story of tests/fixtures/events (loaded beside the seed article): a
 * visit planned, then reported by three outlets; talks planned, then called off; an accusation and its denials.
 */

const FIXTURES = new URL("../../fixtures/events/annotations/", import.meta.url).pathname;
const PLANNED = "2025-06-02-ledger-solen-visit-planned";
const LEDGER = "2025-06-10-ledger-solen-arrives";
const COURIER = "2025-06-10-courier-solen-visit";
const CALLED_OFF = "2025-06-16-wire-talks-called-off";

const app = useGraphqlYoga();
beforeAll(async () => {
  const graphs = await validateAll(await annotationFiles(FIXTURES), () => {});
  for (const graph of graphs) await loadArticle(app.db.driver(), graph, app.db.database);
});

const examples = new Map(readExamples().map((e) => [e.name, e.query]));
const run = (name: string, variables?: Record<string, unknown>) =>
  postGraphql(app.yoga(), examples.get(name) as string, variables);

interface Report {
  id: string;
  evidence: { quote: string; start: number; end: number; article: { id: string; source: string } };
}

describe("events", () => {
  it("gives the visit with its three reports, two outlets' quotes against each other, and its plan", async () => {
    const { events } = dataOf(
      await run("events", { actor: "mira-solen", other: "valdor-government", minArticles: 2 }),
    );
    expect(events).toHaveLength(1);
    const [visit] = events;
    expect(visit).toMatchObject({
      id: `event:${COURIER}:solen-visit`,
      kind: "occurrence",
      type: "VISITS",
      source: { id: "mira-solen" },
      target: { id: "valdor-government" },
      date: "2025-06-09",
      datedBy: "RELATION",
      firstReported: "2025-06-10",
      lastReported: "2025-06-11",
      articleCount: 3,
      sourceCount: 3,
      planIds: [`event:${PLANNED}:solen-visit-planned`],
    });
    expect(visit.reports.map((r: Report) => [r.id, r.evidence.article.source])).toEqual([
      [`${COURIER}:solen-visit`, "The Kessia Courier"],
      [`${LEDGER}:solen-visit`, "The Amar Ledger"],
      ["2025-06-11-wire-solen-hosted:solen-hosted", "Northern Wire"],
    ]);
    expect(
      visit.contradictions.map((c: { kind: string; first: Report; second: Report }) => [
        c.kind,
        c.first.evidence.quote,
        c.second.evidence.quote,
      ]),
    ).toEqual([
      [
        "QUANTITY",
        "Mira Solen visited Port Amar on Tuesday and was greeted by a crowd of 5,000",
        "Mira Solen arrived in Port Amar on Monday, where some 3,000 people lined the streets",
      ],
      [
        "DATE",
        "Mira Solen visited Port Amar on Tuesday and was greeted by a crowd of 5,000",
        "Mira Solen arrived in Port Amar on Monday, where some 3,000 people lined the streets",
      ],
    ]);
    const first = visit.contradictions[0].first.evidence;
    expect([first.start, first.end]).toEqual([24, 99]);
  });

  it("lists only contradicted events on request: the visit, the accusation and the talks called off", async () => {
    const { events } = dataOf(
      await run("events", { actor: "valdor-government", other: null, contradicted: true }),
    );
    expect(
      events.map((e: { id: string; contradictions: { kind: string }[] }) => [
        e.id,
        e.contradictions.map((c) => c.kind),
      ]),
    ).toEqual([
      [`event:${COURIER}:solen-visit`, ["QUANTITY", "DATE"]],
      [`event:${LEDGER}:smuggling-accusation`, ["DENIAL", "DENIAL"]],
      [`event:${PLANNED}:trade-talks-planned`, ["CANCELLED"]],
    ]);
    const talks = events[2].contradictions[0];
    expect(talks.second.id).toBe(`${CALLED_OFF}:trade-talks-off`);
    expect(talks.second.evidence.quote).toContain("have been called off");
  });

  it("refuses minArticles out of range", async () => {
    const error = onlyError(await run("events", { minArticles: 0 }));
    expect(error.message).toContain("minArticles");
  });
});

describe("storyline", () => {
  it("puts the two governments' events in time order, with their minister's only when asked", async () => {
    const story = async (includeOfficials: boolean) =>
      dataOf(
        await run("storyline", { actor: "valdor-government", other: "kessia-government", includeOfficials }),
      ).storyline.map((e: { id: string; date: string; datedBy: string }) => [e.id, e.date, e.datedBy]);
    const governments = [
      [`event:${COURIER}:denies-arming`, "2025-06-10", "ARTICLE"],
      [`event:${LEDGER}:smuggling-accusation`, "2025-06-10", "ARTICLE"],
      [`event:${PLANNED}:trade-talks-planned`, "2025-06-20", "RELATION"],
    ];
    expect(await story(false)).toEqual(governments);
    expect(await story(true)).toEqual([
      [`event:${PLANNED}:solen-visit-planned`, "2025-06-09", "RELATION"],
      [`event:${COURIER}:solen-visit`, "2025-06-09", "RELATION"],
      ...governments,
    ]);
  });

  it("pages in a stable order", async () => {
    const page = async (offset: number) =>
      dataOf(
        await postGraphql(
          app.yoga(),
          `{ storyline(actor: "kessia-government", other: "valdor-government", includeOfficials: true, limit: 2, offset: ${offset}) { id } }`,
        ),
      ).storyline.map((e: { id: string }) => e.id);
    expect([...(await page(0)), ...(await page(2)), ...(await page(4))]).toEqual([
      `event:${PLANNED}:solen-visit-planned`,
      `event:${COURIER}:solen-visit`,
      `event:${COURIER}:denies-arming`,
      `event:${LEDGER}:smuggling-accusation`,
      `event:${PLANNED}:trade-talks-planned`,
    ]);
  });
});
