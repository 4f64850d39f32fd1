import { describe, expect, it } from "vitest";
import { loadAnnotations } from "../../../src/loader/load-annotations.ts";
import { dataOf, postGraphql } from "../helpers/graphql-request.ts";
import { useGraphqlYoga } from "../helpers/graphql-yoga.ts";

/**
 * The provenance filters of the research fields (`coder`, `minConfidence`), on the seed (all human, loaded
 * without a `coder` property as an older graph would hold it) and a half-reviewed machine draft of a fictional
 * article: CONSULTS 0.72 and IMPOSES_ADMINISTRATIVE_SANCTIONS 0.9 are the machine's, two relations a human's.
 */

// The first plan of a per-type union (relations, timeline) can take minutes on a loaded 2-core machine; the
// tests check answers, so one field is asked per request, with room to plan.
const PLANNING_MS = 300_000;
const app = useGraphqlYoga(() => ({ queryTimeoutMs: PLANNING_MS }));
const DRAFT = "tests/fixtures/drafts/2025-06-03-valdor-border-talks.yaml";
const rel = (id: string) => `2025-06-03-valdor-border-talks:${id}`;
const ask = async (query: string) => dataOf(await postGraphql(app.yoga(), query));
const ids = (relations: { id: string }[]) => relations.map((r) => r.id).sort();

let loaded: Promise<void> | undefined;
/** Loads the draft once, and strips `coder` from the seed's relations as a graph loaded before coders holds them. */
function setUp(): Promise<void> {
  loaded ??= (async () => {
    await loadAnnotations(app.db.driver(), app.db.database, [DRAFT], () => {});
    await app.db.driver().executeQuery(
      "MATCH ()-[r]->() WHERE r.coder = 'human' AND r.articleId STARTS WITH '2025-04-17' REMOVE r.coder",
      {},
      {
        database: app.db.database,
      },
    );
  })();
  return loaded;
}

describe("the coder and minConfidence filters", () => {
  it(
    "give every relation its coder and confidence, reading one without a coder as a human's",
    async () => {
      await setUp();
      const { relations } = await ask("{ relations(limit: 100) { id coder confidence } }");
      expect(relations).toHaveLength(35);
      const machine = relations.filter((r: { coder: string }) => r.coder === "machine");
      expect(machine.map((r: { id: string; confidence: number }) => [r.id, r.confidence]).sort()).toEqual([
        [rel("permits-cancelled"), 0.9],
        [rel("talks-next-week"), 0.72],
      ]);
      const human = relations.filter((r: { coder: string }) => r.coder === "human");
      expect(human).toHaveLength(33);
      expect(human.every((r: { confidence: number | null }) => r.confidence === null)).toBe(true);
    },
    PLANNING_MS,
  );

  it(
    "keep the machine's relations, or the human's, in relations and timeline",
    async () => {
      await setUp();
      const { relations: machine } = await ask("{ relations(coder: machine, limit: 100) { id } }");
      const { relations: human } = await ask("{ relations(coder: human, limit: 100) { id } }");
      const { timeline } = await ask("{ timeline(coder: machine, includeUndated: true, limit: 100) { id } }");
      expect(ids(machine)).toEqual([rel("permits-cancelled"), rel("talks-next-week")]);
      expect(human).toHaveLength(33);
      expect(ids(timeline)).toEqual([rel("permits-cancelled"), rel("talks-next-week")]);
    },
    PLANNING_MS,
  );

  it(
    "drop the machine's relations under the minimum confidence and keep every human's",
    async () => {
      await setUp();
      const { relations } = await ask("{ relations(minConfidence: 0.8, limit: 100) { id } }");
      const { relationsBetween: between } = await ask(
        '{ relationsBetween(actor: "valdor-government", other: "kessia-government", minConfidence: 0.8) { id } }',
      );
      const { actor } = await ask(
        '{ actor(id: "valdor-government") { relations(coder: machine, minConfidence: 0.5) { id } } }',
      );
      expect(relations).toHaveLength(34);
      expect(ids(relations)).not.toContain(rel("talks-next-week"));
      expect(ids(between)).toEqual([rel("envoy-planned"), rel("fees-criticised"), rel("permits-cancelled")]);
      expect(ids(actor.relations)).toEqual([rel("permits-cancelled"), rel("talks-next-week")]);
    },
    PLANNING_MS,
  );

  it(
    "give a neighbourhood's edges their relations' coder, to draw the machine's apart",
    async () => {
      await setUp();
      const { neighbourhood } = await ask(`{
      neighbourhood(actor: "valdor-government") { edges { relations { id coder confidence } } }
    }`);
      const relations = neighbourhood.edges.flatMap((e: { relations: { id: string }[] }) => e.relations);
      const edge = relations.find((r: { id: string }) => r.id === rel("talks-next-week"));
      expect(edge).toEqual({ id: rel("talks-next-week"), coder: "machine", confidence: 0.72 });
      const human = relations.find((r: { id: string }) => r.id === rel("envoy-planned"));
      expect(human).toEqual({ id: rel("envoy-planned"), coder: "human", confidence: null });
    },
    PLANNING_MS,
  );
});
