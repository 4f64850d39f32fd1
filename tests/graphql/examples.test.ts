import { describe, expect, it } from "vitest";
import { readExamples } from "../../src/graphql/examples.ts";
import { RELATION_TYPE_NAMES } from "../../src/model/vocabulary.ts";
import { SEED_ARTICLE_ID } from "../helpers/database.ts";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/**
 * Every research question of examples/*.graphql, run as a researcher would (defaults first, then other
 * variables), and checked against what the seed article says.
 */

const app = useGraphqlYoga();
const examples = new Map(readExamples().map((e) => [e.name, e.query]));
const run = (name: string, variables?: Record<string, unknown>) => {
  const query = examples.get(name);
  if (query === undefined) throw new Error(`no example named ${name}`);
  return postGraphql(app.yoga(), query, variables);
};
const rel = (localId: string) => `${SEED_ARTICLE_ID}:${localId}`;

describe("the examples", () => {
  it("are one operation per research question", () => {
    expect([...examples.keys()].sort()).toEqual([
      "actor-relations",
      "articles-and-mentions",
      "claims-and-denials",
      "events",
      "filter-actors",
      "find-actors-by-name",
      "graph-counts",
      "neighbourhood",
      "relation-vocabulary",
      "relations-between-actors",
      "relations-of-a-type",
      "shortest-paths",
      "storyline",
      "timeline",
    ]);
  });
});

describe("find actors by name or alias", () => {
  it('finds Ishaq Dar from the misspelling "Ishak~"', async () => {
    const { searchActors } = dataOf(await run("find-actors-by-name"));
    expect(searchActors[0].actor).toMatchObject({
      id: "ishaq-dar",
      name: "Ishaq Dar",
      kind: "Person",
      country: "PAK",
    });
    expect(searchActors[0].score).toBeGreaterThan(0);
  });

  it('finds the Government of Pakistan by its alias "Islamabad"', async () => {
    const { searchActors } = dataOf(await run("find-actors-by-name", { query: "Islamabad" }));
    expect(searchActors.map((m: { actor: { id: string } }) => m.actor.id)).toEqual(["pakistan-government"]);
    expect(searchActors[0].actor.aliases).toContain("Islamabad");
  });

  it("keeps only the kinds asked for: Pakistan the country, not its government", async () => {
    const { searchActors } = dataOf(
      await run("find-actors-by-name", { query: "Pakistan", kinds: ["Country"] }),
    );
    expect(searchActors.map((m: { actor: { id: string } }) => m.actor.id)).toEqual(["pakistan"]);
  });

  it("ranks best match first and breaks ties by id", async () => {
    const { searchActors } = dataOf(await run("find-actors-by-name", { query: "Pakistan" }));
    const scores = searchActors.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(searchActors.map((m: { actor: { id: string } }) => m.actor.id)).toContain("pakistan-government");
  });
});

describe("filter actors by kind, sector and country", () => {
  it("lists Pakistan's three government people in name order", async () => {
    const { actors } = dataOf(await run("filter-actors"));
    expect(actors.map((a: { name: string }) => a.name)).toEqual([
      "Ishaq Dar",
      "Mohammad Sadiq",
      "Shehbaz Sharif",
    ]);
  });

  it("lists the Pakistani insurgents: the TTP", async () => {
    const { actors } = dataOf(await run("filter-actors", { kind: "Group", sector: "INS", country: "PAK" }));
    expect(actors.map((a: { id: string }) => a.id)).toEqual(["ttp"]);
  });
});

describe("one actor's relations", () => {
  it("gives Islamabad's 2024 accusation of Kabul with its quote, offsets, attribution and article", async () => {
    const { actor } = dataOf(await run("actor-relations"));
    expect(actor).toMatchObject({
      id: "pakistan-government",
      name: "Government of Pakistan",
      kind: "Government",
    });
    expect(actor.relations).toEqual([
      {
        id: rel("accuses-kabul-sheltering-militants"),
        type: "ACCUSES",
        status: "asserted",
        source: { id: "pakistan-government", name: "Government of Pakistan" },
        target: { id: "taliban-government", name: "Taliban government" },
        attributedTo: { id: "pakistan-government", name: "Government of Pakistan" },
        date: "2024",
        dateFrom: "2024-01-01",
        dateTo: "2024-12-31",
        dateText: "Last year",
        quantity: null,
        quantityText: null,
        role: null,
        cameo: "112",
        plover: "ACCUSE",
        evidence: {
          quote:
            "Islamabad accusing Kabul of allowing militants to take shelter in Afghanistan from where they plan attacks",
          start: 1049,
          end: 1155,
          article: {
            id: SEED_ARTICLE_ID,
            title:
              "Pakistan’s foreign minister Ishaq Dar said on Thursday that he will visit Kabul in the coming days",
            date: "2025-04-17",
          },
        },
      },
    ]);
  });

  it("without a date range, adds the undated accusations and the denial, dated first then by id", async () => {
    const { actor } = dataOf(await run("actor-relations", { from: null }));
    expect(actor.relations.map((r: { id: string }) => r.id)).toEqual([
      rel("accuses-kabul-sheltering-militants"),
      rel("accuses-afghans-terrorism-narcotics"),
      rel("analysts-criticize-deportations"),
      rel("taliban-government-denies-charge"),
    ]);
  });

  const relationsOf = async (id: string, args: string) => {
    const { actor } = dataOf(
      await postGraphql(
        app.yoga(),
        `{ actor(id: "${id}") { relations(${args}) { id type quantity role status source { id } target { id } } } }`,
      ),
    );
    return actor.relations as { id: string; type: string; quantity: number | null; role: string | null }[];
  };

  it("filters by direction and type: the three EXPELS relations Islamabad is the source of", async () => {
    const relations = await relationsOf("pakistan-government", "direction: OUT, types: [EXPELS]");
    expect(relations.map((r) => [r.id, r.quantity])).toEqual([
      [rel("iom-expulsion-count"), 60_000],
      [rel("deportation-plan"), 800_000],
      [rel("expulsion-campaign"), 60_000],
    ]);
  });

  it("filters by direction IN: the offices held in the Pakistan government, with their roles", async () => {
    const relations = await relationsOf("pakistan-government", "direction: IN, types: [HOLDS_OFFICE_IN]");
    expect(relations.map((r) => r.role).sort()).toEqual([
      "deputy prime minister",
      "foreign minister",
      "prime minister",
      "special envoy for Afghanistan",
    ]);
  });

  it("filters by CAMEO root: 17 (coerce) is the expulsions and the administrative sanctions", async () => {
    const relations = await relationsOf("pakistan-government", 'cameoRoot: ["17"]');
    expect(relations.map((r) => r.type).sort()).toEqual([
      "EXPELS",
      "EXPELS",
      "EXPELS",
      "IMPOSES_ADMINISTRATIVE_SANCTIONS",
      "IMPOSES_ADMINISTRATIVE_SANCTIONS",
    ]);
  });

  it("filters by status: the only alleged relation is the covert support of the Taliban insurgency", async () => {
    const relations = await relationsOf("pakistan-government", "status: [alleged]");
    expect(relations.map((r) => [r.id, r.type])).toEqual([
      [rel("pakistan-accused-of-supporting-insurgency"), "PROVIDES_MILITARY_AID"],
    ]);
  });

  it("filters by date range: April 2025 around the Taliban government, the open-ended visit included", async () => {
    const relations = await relationsOf("taliban-government", 'from: "2025-04-01", to: "2025-04-30"');
    expect(relations.map((r) => r.id)).toEqual([
      rel("sadiq-all-deals-off"),
      rel("sadiq-demands-afghanistan-cooperate"),
      rel("ttp-straining-ties"),
      rel("dar-plans-kabul-visit"),
    ]);
  });

  it("pages with limit and offset without overlap", async () => {
    const all = await relationsOf("pakistan-government", "limit: 100");
    const first = await relationsOf("pakistan-government", "limit: 5");
    const second = await relationsOf("pakistan-government", "limit: 5, offset: 5");
    expect([...first, ...second]).toEqual(all.slice(0, 10));
  });
});

describe("relations between two actors", () => {
  it("adds the officials' relations, rolled up, with the undated ones at the article's date", async () => {
    const { relationsBetween } = dataOf(
      await run("relations-between-actors", { includeOfficials: true, undatedAtArticleDate: true }),
    );
    expect(
      relationsBetween.map((r: { id: string; datedBy: string; rolledUp: { from: { id: string } }[] }) => [
        r.id,
        r.datedBy,
        r.rolledUp.map((u) => u.from.id),
      ]),
    ).toEqual([
      [rel("accuses-kabul-sheltering-militants"), "RELATION", []],
      [rel("sadiq-all-deals-off"), "RELATION", ["mohammad-sadiq"]],
      [rel("sadiq-demands-afghanistan-cooperate"), "RELATION", ["mohammad-sadiq"]],
      [rel("ttp-straining-ties"), "RELATION", []],
      [rel("shehbaz-urges-afghan-government"), "ARTICLE", ["shehbaz-sharif"]],
      [rel("taliban-government-denies-charge"), "ARTICLE", []],
      // "in the coming days": open from the article's day on, so after the relations placed on that day.
      [rel("dar-plans-kabul-visit"), "RELATION", ["ishaq-dar"]],
    ]);
  });

  it("gives the accusation, the strained ties and the denial between Islamabad and Kabul", async () => {
    const { relationsBetween } = dataOf(await run("relations-between-actors"));
    expect(
      relationsBetween.map(
        (r: { type: string; source: { id: string }; attributedTo: { id: string } | null }) => [
          r.type,
          r.source.id,
          r.attributedTo?.id ?? null,
        ],
      ),
    ).toEqual([
      ["ACCUSES", "pakistan-government", "pakistan-government"],
      ["REDUCES_RELATIONS", "pakistan-government", "mohammad-sadiq"],
      ["DENIES", "taliban-government", null],
    ]);
  });

  it("is the same whichever actor comes first", async () => {
    const forward = dataOf(await run("relations-between-actors"));
    const backward = dataOf(
      await run("relations-between-actors", { actor: "taliban-government", other: "pakistan-government" }),
    );
    expect(backward).toEqual(forward);
  });
});

describe("all relations of one type, with who attributes them", () => {
  it("says who reports each expulsion: the IOM, Islamabad itself, or the newsroom", async () => {
    const { relations } = dataOf(await run("relations-of-a-type"));
    expect(
      relations.map((r: { attributedTo: { id: string } | null; quantityText: string; status: string }) => [
        r.attributedTo?.id ?? null,
        r.quantityText,
        r.status,
      ]),
    ).toEqual([
      ["iom", "nearly 60,000", "asserted"],
      ["pakistan-government", "more than 800,000", "planned"],
      [null, "nearly 60,000", "asserted"],
    ]);
    expect(relations[0].evidence.quote).toBe(
      "the International Organization for Migration said Pakistan has expelled nearly 60,000 Afghans since the start of April",
    );
  });
});

describe("claims paired with their denials", () => {
  it("pairs Islamabad's accusation with the Taliban government's denial", async () => {
    const { claimsWithDenials } = dataOf(await run("claims-and-denials"));
    expect(claimsWithDenials).toHaveLength(1);
    const [{ claim, denials }] = claimsWithDenials;
    expect(claim).toMatchObject({
      id: rel("accuses-kabul-sheltering-militants"),
      type: "ACCUSES",
      source: { name: "Government of Pakistan" },
      target: { name: "Taliban government" },
    });
    expect(denials).toHaveLength(1);
    expect(denials[0]).toMatchObject({
      id: rel("taliban-government-denies-charge"),
      type: "DENIES",
      source: { name: "Taliban government" },
      evidence: { quote: "The Taliban government denies the charge." },
    });
    const { article } = dataOf(
      await postGraphql(app.yoga(), `{ article(id: "${SEED_ARTICLE_ID}") { text } }`),
    );
    const { start, end, quote } = denials[0].evidence;
    expect(article.text.slice(start, end)).toBe(quote);
    // The denial's note restates the charge, so it shares the claim's key words; "the charge" names its kind.
    expect(claimsWithDenials[0].answers).toEqual([
      {
        denial: { id: rel("taliban-government-denies-charge") },
        pairedBy: ["SAME_ARTICLE", "KEY_WORDS", "TYPE_WORD"],
        sharedWords: ["sentence", "allows", "militants", "take", "shelter"],
      },
    ]);
  });

  it("lists every claim, denied or not, and can keep only the undenied ones", async () => {
    const all = dataOf(await run("claims-and-denials", { actor: null }));
    expect(all.claimsWithDenials.map((p: { claim: { id: string } }) => p.claim.id)).toEqual([
      rel("accuses-kabul-sheltering-militants"),
      rel("sadiq-criticizes-ttp"),
      rel("accuses-afghans-terrorism-narcotics"),
      rel("analysts-criticize-deportations"),
    ]);
    const undenied = dataOf(await run("claims-and-denials", { actor: null, denied: false }));
    expect(undenied.claimsWithDenials.map((p: { claim: { id: string } }) => p.claim.id)).toEqual([
      rel("sadiq-criticizes-ttp"),
      rel("accuses-afghans-terrorism-narcotics"),
      rel("analysts-criticize-deportations"),
    ]);
  });
});

describe("an actor's neighbourhood", () => {
  type Node = { id: string; distance: number };
  type Edge = {
    id: string;
    source: string;
    target: string;
    count: number;
    relations: { type: string }[];
  };

  it("draws Ishaq Dar two relations out: his government and Kabul's, then their partners", async () => {
    const { neighbourhood } = dataOf(await run("neighbourhood"));
    const nodes: Node[] = neighbourhood.nodes;
    const edges: Edge[] = neighbourhood.edges;
    expect(neighbourhood.center).toBe("ishaq-dar");
    expect(neighbourhood.truncated).toBe(false);
    expect(nodes.slice(0, 3)).toMatchObject([
      { id: "ishaq-dar", distance: 0 },
      { id: "pakistan-government", distance: 1 },
      { id: "taliban-government", distance: 1 },
    ]);
    expect(nodes.filter((n) => n.distance === 2).map((n) => n.id)).toEqual(
      expect.arrayContaining(["mohammad-sadiq", "shehbaz-sharif", "afghans-in-pakistan", "afghan-taliban"]),
    );
    expect(nodes.map((n) => n.id)).not.toContain("nato-forces");
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    // One edge per ordered pair, its relations one field away.
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    expect(edges).toContainEqual(
      expect.objectContaining({
        id: "ishaq-dar>taliban-government",
        source: "ishaq-dar",
        target: "taliban-government",
        count: 1,
        articles: 1,
        cooperative: 1,
        relations: [
          expect.objectContaining({ type: "PLANS_VISIT", status: "planned", date: "2025-04-17/.." }),
        ],
      }),
    );
    const islamabadToAfghans = edges.find((e) => e.id === "pakistan-government>afghans-in-pakistan");
    expect(islamabadToAfghans).toMatchObject({ count: 6, hostile: 6 });
    expect(islamabadToAfghans?.relations).toHaveLength(3);
  });

  it("reaches NATO forces at depth 3, through the Afghan Taliban's insurgency", async () => {
    const { neighbourhood } = dataOf(await run("neighbourhood", { depth: 3 }));
    expect(neighbourhood.nodes).toContainEqual(expect.objectContaining({ id: "nato-forces", distance: 3 }));
    const fights = neighbourhood.edges.find((e: Edge) => e.id === "afghan-taliban>nato-forces");
    expect(fights?.relations.map((r: { type: string }) => r.type)).toContain("FIGHTS");
  });

  it("keeps the nearest actors and says so when the size cap cuts", async () => {
    const { neighbourhood } = dataOf(
      await postGraphql(
        app.yoga(),
        '{ neighbourhood(actor: "ishaq-dar", depth: 2, maxNodes: 3) { truncated nodes { id } edges { id count } } }',
      ),
    );
    expect(neighbourhood.truncated).toBe(true);
    expect(neighbourhood.nodes.map((n: Node) => n.id)).toEqual([
      "ishaq-dar",
      "pakistan-government",
      "taliban-government",
    ]);
    // The six relations among the three (two offices, the planned visit, an accusation, the ties cut back and
    // the denial), as four ordered pairs.
    expect(neighbourhood.edges).toEqual([
      { id: "ishaq-dar>pakistan-government", count: 2 },
      { id: "ishaq-dar>taliban-government", count: 1 },
      { id: "pakistan-government>taliban-government", count: 2 },
      { id: "taliban-government>pakistan-government", count: 1 },
    ]);
  });
});

describe("shortest paths between two actors", () => {
  it("links Ishaq Dar to NATO forces in three steps, through his government and the Afghan Taliban", async () => {
    const { shortestPaths } = dataOf(await run("shortest-paths"));
    // Two offices of Dar times two ties between Islamabad and the Taliban: four paths over the same actors.
    expect(shortestPaths).toHaveLength(4);
    for (const path of shortestPaths) {
      expect(path.length).toBe(3);
      expect(path.actors.map((a: { id: string }) => a.id)).toEqual([
        "ishaq-dar",
        "pakistan-government",
        "afghan-taliban",
        "nato-forces",
      ]);
      expect(path.relations[2]).toMatchObject({
        type: "FIGHTS",
        evidence: { quote: "their insurgency against NATO forces" },
      });
    }
    expect(shortestPaths.map((p: { relations: { type: string }[] }) => p.relations[1]?.type).sort()).toEqual([
      "PROVIDES_MILITARY_AID",
      "PROVIDES_MILITARY_AID",
      "REDUCES_RELATIONS",
      "REDUCES_RELATIONS",
    ]);
  });

  it("finds none when maxHops is shorter than the shortest path", async () => {
    expect(dataOf(await run("shortest-paths", { maxHops: 2 })).shortestPaths).toEqual([]);
  });
});

describe("the timeline", () => {
  it("orders the ten dated relations from the 1990s recognition to the end-of-April deadline", async () => {
    const { timeline } = dataOf(await run("timeline"));
    expect(timeline.map((r: { id: string; date: string }) => [r.id, r.date])).toEqual([
      [rel("pakistan-recognised-first-taliban-government"), "1990/1999"],
      [rel("taliban-regained-power"), "2021"],
      [rel("accuses-kabul-sheltering-militants"), "2024"],
      [rel("iom-expulsion-count"), "2025-04-01/2025-04-17"],
      [rel("sadiq-all-deals-off"), "2025-04"],
      [rel("sadiq-criticizes-ttp"), "2025-04"],
      [rel("sadiq-demands-afghanistan-cooperate"), "2025-04"],
      [rel("ttp-straining-ties"), "2025-04"],
      [rel("dar-plans-kabul-visit"), "2025-04-17/.."],
      [rel("relocation-deadline"), "2025-04-30"],
    ]);
  });

  it("places the undated relations at the article's date when asked, marked", async () => {
    const { timeline } = dataOf(await run("timeline", { undatedAtArticleDate: true }));
    expect(timeline).toHaveLength(31);
    const placed = timeline.filter((r: { datedBy: string }) => r.datedBy === "ARTICLE");
    expect(placed).toHaveLength(21);
    expect(
      placed.every(
        (r: { dateFrom: null; placedAt: string }) => r.dateFrom === null && r.placedAt === "2025-04-17",
      ),
    ).toBe(true);
  });

  it("puts the undated relations last when asked for them", async () => {
    const { timeline } = dataOf(await run("timeline", { includeUndated: true }));
    expect(timeline).toHaveLength(31);
    expect(timeline.slice(10).every((r: { dateFrom: string | null }) => r.dateFrom === null)).toBe(true);
  });

  it("follows one actor within a date range", async () => {
    const { timeline } = dataOf(await run("timeline", { actor: "mohammad-sadiq", from: "2025-04-01" }));
    expect(timeline.map((r: { type: string }) => r.type)).toEqual([
      "ISSUES_ULTIMATUM",
      "CRITICIZES",
      "DEMANDS",
    ]);
  });
});

describe("articles and the actors they mention", () => {
  it("finds the article mentioning the TTP three times, at offsets where the text says TTP", async () => {
    const { articles } = dataOf(await run("articles-and-mentions"));
    expect(articles.map((a: { id: string }) => a.id)).toEqual([SEED_ARTICLE_ID]);
    const edges = articles[0].actorsConnection.edges;
    expect(edges).toHaveLength(19);
    expect(edges.slice(0, 2).map((e: { node: { id: string } }) => e.node.id)).toEqual([
      "pakistan",
      "pakistan-government",
    ]);
    const ttp = edges.find((e: { node: { id: string } }) => e.node.id === "ttp");
    expect(ttp.properties).toEqual({ count: 3, offsets: [1942, 1982, 2185], forms: ["TTP", "TTP", "TTP"] });
    const { article } = dataOf(
      await postGraphql(app.yoga(), `{ article(id: "${SEED_ARTICLE_ID}") { text } }`),
    );
    for (const offset of ttp.properties.offsets) expect(article.text.slice(offset, offset + 3)).toBe("TTP");
  });
});

describe("the relation vocabulary", () => {
  it("gives each type's description and codes, from DENIES (CAMEO 016, PLOVER REJECT) on", async () => {
    const { relationTypes } = dataOf(await run("relation-vocabulary"));
    expect(relationTypes.map((t: { type: string }) => t.type)).toEqual(RELATION_TYPE_NAMES);
    expect(relationTypes[0]).toEqual({
      type: "DENIES",
      category: "event",
      description:
        "Denies an accusation or responsibility; the target is the accuser (CAMEO 016 deny responsibility).",
      cameo: "016",
      cameoRoot: "01",
      plover: "REJECT",
      ploverMode: null,
    });
  });

  it("lists the structural ties without codes", async () => {
    const { relationTypes } = dataOf(await run("relation-vocabulary", { category: "structural" }));
    expect(relationTypes.map((t: { type: string }) => t.type)).toEqual([
      "HOLDS_OFFICE_IN",
      "MEMBER_OF",
      "PART_OF",
      "GOVERNS",
      "AFFILIATED_WITH",
      "LIVES_IN",
      "REGISTERED_BY",
    ]);
    expect(relationTypes.every((t: { cameo: string | null }) => t.cameo === null)).toBe(true);
  });
});

describe("counts per label and relationship type", () => {
  it("counts the seed article's 19 actors by kind and its relations by type", async () => {
    const { graphStats } = dataOf(await run("graph-counts"));
    expect(graphStats.labels).toEqual([
      { label: "Actor", count: 19 },
      { label: "Article", count: 1 },
      { label: "Country", count: 2 },
      { label: "Event", count: 21 },
      { label: "Government", count: 3 },
      { label: "Group", count: 7 },
      { label: "Organization", count: 4 },
      { label: "Person", count: 3 },
    ]);
    const counts: { type: string; count: number }[] = graphStats.relationshipTypes;
    const count = (type: string) => counts.find((t) => t.type === type)?.count;
    expect(count("MENTIONS")).toBe(19);
    expect(count("EXPELS")).toBe(3);
    expect(count("HOLDS_OFFICE_IN")).toBe(4);
    // The pair summaries are counted as what they are, apart from the relations: one per ordered pair.
    expect(count("INTERACTS")).toBe(22);
    const relations = counts.filter((t) => t.type !== "MENTIONS" && t.type !== "INTERACTS");
    expect(relations.reduce((sum, t) => sum + t.count, 0)).toBe(31);
  });
});

describe("events and storylines", () => {
  it("gives the seed's events between Islamabad and the Taliban government, the accusation with its denial", async () => {
    const { events } = dataOf(await run("events"));
    const ids = events.map((e: { id: string }) => e.id);
    expect(ids).toEqual([
      `event:${rel("accuses-kabul-sheltering-militants")}`,
      `event:${rel("ttp-straining-ties")}`,
      `event:${rel("taliban-government-denies-charge")}`,
    ]);
    expect(events.map((e: { articleCount: number }) => e.articleCount)).toEqual([1, 1, 1]);
    const [denial] = events[0].contradictions;
    expect(denial.kind).toBe("DENIAL");
    expect(denial.second.evidence.quote).toBe("The Taliban government denies the charge.");
  });

  it("tells the two governments' story with their officials' events, undated ones at the article's date", async () => {
    const { storyline } = dataOf(await run("storyline"));
    expect(
      storyline.map((e: { id: string; source: { id: string }; date: string; datedBy: string }) => [
        e.id,
        e.source.id,
        e.date,
        e.datedBy,
      ]),
    ).toEqual([
      [`event:${rel("accuses-kabul-sheltering-militants")}`, "pakistan-government", "2024-01-01", "RELATION"],
      [`event:${rel("sadiq-all-deals-off")}`, "mohammad-sadiq", "2025-04-01", "RELATION"],
      [`event:${rel("sadiq-demands-afghanistan-cooperate")}`, "mohammad-sadiq", "2025-04-01", "RELATION"],
      [`event:${rel("ttp-straining-ties")}`, "pakistan-government", "2025-04-01", "RELATION"],
      [`event:${rel("dar-plans-kabul-visit")}`, "ishaq-dar", "2025-04-17", "RELATION"],
      [`event:${rel("shehbaz-urges-afghan-government")}`, "shehbaz-sharif", "2025-04-17", "ARTICLE"],
      [`event:${rel("taliban-government-denies-charge")}`, "taliban-government", "2025-04-17", "ARTICLE"],
    ]);
  });
});
