import { beforeAll, describe, expect, it } from "vitest";
import { dataOf, postGraphql } from "../graphql/helpers/graphql-request.ts";
import { useGraphqlYoga } from "../graphql/helpers/graphql-yoga.ts";
import { type CliResult, runCli } from "../helpers/run-cli.ts";

// The fictional fixture articles pasted with headers, footers and wire datelines, and their new date phrases,
// ingested as a user would, then read back from Neo4j and through the API.
// Neo4j plans each of the API's statements once, a union over every relation type; on a loaded two-core machine
// that first plan took more than the default 10 s here, so this file allows a minute.
const app = useGraphqlYoga(() => ({ queryTimeoutMs: 60_000 }));
const { db } = app;
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver().executeQuery(cypher, params, { database: db.database })).records.map((r) =>
    r.toObject(),
  );
const FIXTURES = [
  "2025-06-03-valdor-border-talks",
  "2025-06-12-sable-front-attack",
  "2025-06-20-pass-closed",
] as const;
const ingested = new Map<string, CliResult>();
beforeAll(async () => {
  for (const name of FIXTURES) {
    ingested.set(
      name,
      await runCli([
        "ingest",
        `tests/fixtures/articles/${name}.txt`,
        `tests/fixtures/annotations/${name}.yaml`,
      ]),
    );
  }
}, 120_000);
const ingest = async (name: (typeof FIXTURES)[number]) => ingested.get(name) as CliResult;

const ARTICLE = `MATCH (a:Article {id: $id})
  RETURN a.title AS title, a.source AS source, a.url AS url, a.dateline AS dateline,
         left(a.text, 24) AS opening, right(a.text, 24) AS ending`;
/** Each relation's date fields, and that its offsets slice the stored text to its evidence. */
const relationsOf = async (id: string) =>
  read(
    `MATCH ()-[r]->(), (a:Article {id: $id}) WHERE r.articleId = $id
     RETURN r.id AS id, r.date AS date, toString(r.dateFrom) AS from, toString(r.dateTo) AS to,
            r.dateText AS text, substring(a.text, r.start, r.end - r.start) = r.evidence AS exact
     ORDER BY id`,
    { id },
  );

describe("article files as people paste them, in the graph", () => {
  it("takes title, source and url from header lines, and an AP dateline's place", async () => {
    const result = await ingest("2025-06-03-valdor-border-talks");
    expect(result.stderr).not.toMatch(/problem|warning/);
    expect(result.code).toBe(0);
    expect(await read(ARTICLE, { id: "2025-06-03-valdor-border-talks" })).toEqual([
      {
        title: "Valdor and Kessia to hold border talks next week",
        source: "The Amar Ledger",
        url: "https://example.org/amar-ledger/2025/06/03/border-talks",
        dateline: "PORT AMAR",
        opening: "PORT AMAR — (AP) — The V",
        ending: "ure, the official said.\n",
      },
    ]);
    expect(await relationsOf("2025-06-03-valdor-border-talks")).toEqual([
      {
        id: "2025-06-03-valdor-border-talks:envoy-planned",
        date: "2025-06-03/..",
        from: "2025-06-03",
        to: null,
        text: "in the near future",
        exact: true,
      },
      {
        id: "2025-06-03-valdor-border-talks:fees-criticised",
        date: "../2025-06-03",
        from: null,
        to: "2025-06-03",
        text: "in recent months",
        exact: true,
      },
      {
        id: "2025-06-03-valdor-border-talks:permits-cancelled",
        date: "2025-01-01/2025-06-03",
        from: "2025-01-01",
        to: "2025-06-03",
        text: "Earlier this year",
        exact: true,
      },
      {
        id: "2025-06-03-valdor-border-talks:talks-next-week",
        date: "2025-06-09/2025-06-15",
        from: "2025-06-09",
        to: "2025-06-15",
        text: "next week",
        exact: true,
      },
    ]);
  });

  it("reads a footer source that is a web address as the url, and warns of a date it cannot read", async () => {
    const result = await ingest("2025-06-12-sable-front-attack");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: tests\/fixtures\/annotations\/2025-06-12-sable-front-attack\.yaml:\d+: relations\[2\]\.when: cannot read "at a time the police did not give" as a date/,
    );
    expect(await read(ARTICLE, { id: "2025-06-12-sable-front-attack" })).toEqual([
      {
        title: "The Sable Front attacks a Kessian police post near the Sable Pass",
        source: "The Amar Ledger",
        url: "https://example.org/amar-ledger/2025/06/12/sable-front",
        dateline: "NORDHAVEN, Kessia",
        opening: "NORDHAVEN, Kessia — The ",
        ending: "the police did not give.",
      },
    ]);
    expect(await relationsOf("2025-06-12-sable-front-attack")).toEqual([
      {
        id: "2025-06-12-sable-front-attack:earlier-attacks",
        date: null,
        from: null,
        to: null,
        text: "at a time the police did not give",
        exact: true,
      },
      {
        id: "2025-06-12-sable-front-attack:pass-closure-threat",
        date: "2025-06-30",
        from: "2025-06-30",
        to: "2025-06-30",
        text: "on 30th June this year",
        exact: true,
      },
      {
        id: "2025-06-12-sable-front-attack:post-attacked",
        date: "2025-06-11/2025-06-12",
        from: "2025-06-11",
        to: "2025-06-12",
        text: "overnight",
        exact: true,
      },
    ]);
  });

  it("dates 'since then' from the relation it points back to, and keeps an ISO date's words", async () => {
    const result = await ingest("2025-06-20-pass-closed");
    expect(result.stderr).not.toMatch(/problem|warning/);
    expect(result.code).toBe(0);
    expect(await read(ARTICLE, { id: "2025-06-20-pass-closed" })).toEqual([
      {
        title: "Valdor expels Kessian traders after Kessia closes the Sable Pass",
        source: "The Amar Ledger",
        url: "https://example.org/amar-ledger/2025/06/20/pass-closed",
        dateline: "PORT AMAR",
        opening: "PORT AMAR (Reuters) - Th",
        ending: "irst day of Eid al-Adha.",
      },
    ]);
    expect(await relationsOf("2025-06-20-pass-closed")).toEqual([
      {
        id: "2025-06-20-pass-closed:brand-meets-traders",
        date: "2025-06-06",
        from: "2025-06-06",
        to: "2025-06-06",
        text: "on the first day of Eid al-Adha",
        exact: true,
      },
      {
        id: "2025-06-20-pass-closed:brand-office",
        date: null,
        from: null,
        to: null,
        text: null,
        exact: true,
      },
      {
        id: "2025-06-20-pass-closed:pass-closed",
        date: "2025-05",
        from: "2025-05-01",
        to: "2025-05-31",
        text: "last month",
        exact: true,
      },
      {
        id: "2025-06-20-pass-closed:traders-expelled",
        date: "2025-05-01/2025-06-20",
        from: "2025-05-01",
        to: "2025-06-20",
        text: "Since then",
        exact: true,
      },
    ]);
  });

  it("counts a relation open at its start as undated in every date range of the API", async () => {
    const ARTICLE_ID = "2025-06-03-valdor-border-talks";
    const ids = (list: { id: string }[]) =>
      list
        .flatMap((r) => (r.id.startsWith(`${ARTICLE_ID}:`) ? [r.id.slice(ARTICLE_ID.length + 1)] : []))
        .sort();
    const data = dataOf(
      await postGraphql(
        app.yoga(),
        `{
          actor(id: "kessia-government") { relations(direction: OUT, from: "2025-01-01") { id } }
          relations(types: [CRITICIZES, PLANS_VISIT, IMPOSES_ADMINISTRATIVE_SANCTIONS], from: "2025-01-01") { id }
          timeline(actor: "kessia-government", from: "2025-01-01") { id }
          undated: timeline(actor: "kessia-government", includeUndated: true) { id dateFrom dateTo }
        }`,
      ),
    );
    // fees-criticised ("in recent months", ../2025-06-03) is left out of every range, though its end is in it.
    expect(ids(data.actor.relations)).toEqual(["envoy-planned", "permits-cancelled"]);
    expect(ids(data.relations)).toEqual(["envoy-planned", "permits-cancelled"]);
    expect(ids(data.timeline)).toEqual(["envoy-planned", "permits-cancelled", "talks-next-week"]);
    expect(data.undated.at(-1)).toEqual({
      id: "2025-06-03-valdor-border-talks:fees-criticised",
      dateFrom: null,
      dateTo: "2025-06-03",
    });
  });
});
