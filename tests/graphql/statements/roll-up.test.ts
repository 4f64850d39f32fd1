import { describe, expect, it } from "vitest";
import { useClaimsCorpusYoga } from "../helpers/claims-corpus.ts";
import { dataOf, postGraphql } from "../helpers/graphql-request.ts";

const A1 = "2025-03-03-orvane-accuses-dustmark";
const A2 = "2025-03-05-dustmark-rejects-jamming";
const A3 = "2025-03-10-interior-ministry-dismisses";
const A4 = "2025-03-12-moss-visits-dustmark";

interface Rolled {
  id: string;
  rolledUp: { actor: { id: string }; from: { id: string } }[] | null;
}

describe("relationsBetween(includeOfficials): the relations of each side's officials and sub-bodies", () => {
  const { yoga } = useClaimsCorpusYoga();
  const between = async (args: string): Promise<Rolled[]> =>
    dataOf(
      await postGraphql(
        yoga(),
        `{ relationsBetween(actor: "orvane-government", other: "dustmark-government"${args}) {
          id rolledUp { actor { id } from { id } } } }`,
      ),
    ).relationsBetween;
  const marked = (list: Rolled[]) =>
    list.map((r) => [r.id, r.rolledUp?.map((u) => `${u.from.id} → ${u.actor.id}`) ?? null]);

  it("adds the minister's visit, the envoy's talks and the ministries' and army's claims and denials, marked", async () => {
    expect(marked(await between(", includeOfficials: true, undatedAtArticleDate: true"))).toEqual([
      [`${A1}:farms-shelled`, []],
      [`${A1}:radios-jammed`, []],
      [`${A1}:shelling-denied`, ["dustmark-army → dustmark-government"]],
      [`${A2}:closure-criticised`, ["orvane-foreign-ministry → orvane-government"]],
      [`${A2}:jamming-rejected`, []],
      [`${A3}:criticism-dismissed`, ["dustmark-interior-ministry → dustmark-government"]],
      [`${A4}:fishing-accord`, []],
      // Two ties up: Lira Moss holds office in the foreign ministry, part of the Orvane government.
      [`${A4}:moss-visit`, ["lira-moss → orvane-government"]],
      [`${A4}:roe-talks`, ["anselm-roe → dustmark-government"]],
      [`${A1}:talks-next-month`, []],
    ]);
  });

  it("leaves them out, unmarked, by default; either actor may come first", async () => {
    const direct = await between("");
    expect(direct.map((r) => r.rolledUp)).toEqual(direct.map(() => null));
    expect(direct).toHaveLength(5);
    const reversed = dataOf(
      await postGraphql(
        yoga(),
        `{ relationsBetween(actor: "dustmark-government", other: "orvane-government", includeOfficials: true) { id } }`,
      ),
    ).relationsBetween;
    expect(reversed).toHaveLength(10);
  });
});
