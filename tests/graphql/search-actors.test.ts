import { describe, expect, it } from "vitest";
import { dataOf, postGraphql } from "./helpers/graphql-request.ts";
import { useGraphqlYoga } from "./helpers/graphql-yoga.ts";

/** Finding actors the way researchers type them: acronyms, first letters, Lucene wildcards. */

const app = useGraphqlYoga();
const search = async (query: string): Promise<{ id: string; score: number }[]> =>
  dataOf(
    await postGraphql(app.yoga(), "query ($q: String!) { searchActors(query: $q) { score actor { id } } }", {
      q: query,
    }),
  ).searchActors.map((m: { score: number; actor: { id: string } }) => ({ id: m.actor.id, score: m.score }));
const ids = async (query: string) => (await search(query)).map((m) => m.id);

describe("searchActors", () => {
  it("finds organisations and groups by their acronyms", async () => {
    expect(await ids("IOM")).toEqual(["iom"]);
    expect(await ids("UNHCR")).toEqual(["unhcr"]);
    expect((await ids("TTP"))[0]).toBe("ttp");
  });

  it("finds the TTP by the first letters of its full name, with or without a wildcard", async () => {
    expect(await ids("Tehrik*")).toEqual(["ttp"]);
    expect(await ids("Tehr")).toEqual(["ttp"]);
    expect(await ids("pakistani tali")).toContain("ttp");
  });

  it("matches each plain word as a prefix, and ranks a whole word above a prefix", async () => {
    expect(await ids("Isha")).toEqual(["ishaq-dar"]);
    const afghan = await search("Afghan");
    // "Afghan Taliban" holds the word itself; "Afghans in Pakistan" and "Afghanistan" only start with it.
    expect(afghan[0]?.id).toBe("afghan-taliban");
    expect(afghan.map((m) => m.id)).toEqual(expect.arrayContaining(["afghanistan", "afghans-in-pakistan"]));
    const scoreOf = (id: string) => afghan.find((m) => m.id === id)?.score ?? 0;
    expect(scoreOf("afghan-taliban")).toBeGreaterThan(scoreOf("afghanistan"));
  });

  it("leaves Lucene syntax as written", async () => {
    expect((await ids("Ishak~"))[0]).toBe("ishaq-dar");
    expect(await ids('"Government of Pakistan"')).toEqual(["pakistan-government"]);
  });
});
